package io.kubequiz.api;

import io.kubequiz.account.AccountUser;
import io.kubequiz.account.ApiTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
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
@Tag(name = "Tokens", description = "Personal API tokens of a trainer.")
class TokenApi {

    static final int MAX_NAME = 60;
    static final int MAX_DAYS = 3650;

    @Schema(description = "The token to create.")
    record NewToken(
            @Schema(description = "A name to recognise it by (1 to 60 characters).", example = "Moodle sync")
            String name,

            @Schema(
                    description = "Days until it expires (1 to 3650); none for a token that never expires.",
                    example = "90")
            Integer expiresInDays) {}

    @Schema(description = "A token just created: its value is shown this once.")
    record CreatedToken(
            @Schema(description = "The token's id, as listed on /account/tokens.", example = "12")
            long id,

            @Schema(description = "Its name.", example = "Moodle sync")
            String name,

            @Schema(
                    description = "The token, to send as `Authorization: Bearer <token>`.",
                    example = "kq_4fJ0m1Yc8Q2b7vT9xLr3sWnE6aKpZdUh5gBiO0yNcXw")
            String token,

            @Schema(description = "When it stops working; null if never.", example = "2027-02-22T10:15:30Z")
            Instant expiresAt) {}

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/tokens")
    @Operation(
            summary = "Create an API token",
            description = "From a trainer's signed-in browser session, with the `X-CSRF-TOKEN` header: a token "
                    + "cannot create tokens. The answer is the only time the token is shown; it is stored hashed.",
            security = @SecurityRequirement(name = ApiDocumentation.SESSION))
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken create(@RequestBody NewToken request, @AuthenticationPrincipal AccountUser user) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BadParameterException("name", name, "api.problem.tokenName");
        }
        Integer days = request.expiresInDays();
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new BadParameterException("expiresInDays", days.toString(), "api.problem.tokenExpiry");
        }
        ApiTokens.Created created = tokens.create(user, name, days);
        return new CreatedToken(created.id(), created.name(), created.token(), created.expiresAt());
    }
}
