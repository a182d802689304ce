package io.kubequiz.system;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a signed-in person's language is kept between sessions (their account): read when they sign in, written when
 * they switch with {@code ?lang=}. Implemented by the accounts; without it, the language lasts a session.
 */
public interface LanguagePreferences {

    Optional<Locale> preferred(String username);

    void prefer(String username, Locale language);
}
