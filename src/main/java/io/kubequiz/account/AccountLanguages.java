package io.kubequiz.account;

import io.kubequiz.system.LanguagePreferences;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The language kept on each account ({@code app_user.preferred_language}). */
@Service
class AccountLanguages implements LanguagePreferences {

    private final UserRepository users;

    AccountLanguages(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> preferred(String username) {
        return users.findByUsername(username).map(User::preferredLanguage).map(Locale::forLanguageTag);
    }

    @Override
    @Transactional
    public void prefer(String username, Locale language) {
        users.findByUsername(username).ifPresent(user -> user.preferLanguage(language.getLanguage()));
    }
}
