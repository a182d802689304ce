package io.kubequiz.system;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;

/** Who an API token stands for, if it is valid now; the account module keeps the tokens. */
public interface BearerTokens {

    Optional<UserDetails> userFor(String token);
}
