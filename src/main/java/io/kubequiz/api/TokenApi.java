package io.kubequiz.api;

import io.kubequiz.account.AccountUser;
import io.kubequiz.account.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/tokens}: a trainer creates an API token from their signed-in browser session (with the CSRF
 * header); the answer holds the token, the only time it is shown. A token cannot create tokens: it only reads.
 */
@RestController
class TokenApi {

    static final int MAX_NAME = 60;
    static final int MAX_DAYS = 3650;

    record NewToken(String name, Integer expiresInDays) {}

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.Created create(@RequestBody NewToken request, @AuthenticationPrincipal AccountUser user) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BadParameterException("name", name, "api.problem.tokenName");
        }
        Integer days = request.expiresInDays();
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new BadParameterException("expiresInDays", days.toString(), "api.problem.tokenExpiry");
        }
        return tokens.create(user, name, days);
    }
}
