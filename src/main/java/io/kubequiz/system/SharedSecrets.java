package io.kubequiz.system;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signing keys that every instance behind one address must share. A key set in the configuration wins; otherwise the
 * first instance to need it draws 256 random bits and stores them in the database, and every other instance, and
 * every later start, reads the same. So nothing signed by one instance is refused by another or after a restart.
 */
@Component
public class SharedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    SharedSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key named {@code name}: {@code configured} when it is set, else the one stored for every instance. */
    public SigningKey signingKey(String name, String configured) {
        if (configured != null && !configured.isBlank()) {
            return new SigningKey(configured.getBytes(StandardCharsets.UTF_8));
        }
        return new SigningKey(Base64.getDecoder().decode(stored(name).orElseGet(() -> create(name))));
    }

    private Optional<String> stored(String name) {
        return jdbc.sql("SELECT secret FROM shared_secret WHERE name = ?")
                .param(name)
                .query(String.class)
                .optional();
    }

    /** Stores a new random key, unless another instance stored one first: then that one is everyone's. */
    private String create(String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getEncoder().encodeToString(bytes);
        try {
            jdbc.sql("INSERT INTO shared_secret (name, secret) VALUES (?, ?)")
                    .params(name, secret)
                    .update();
            return secret;
        } catch (DuplicateKeyException raced) {
            return stored(name).orElseThrow(() -> raced);
        }
    }
}
