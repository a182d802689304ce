package io.kubequiz.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the OpenAPI document (springdoc builds the rest from the controllers): what the API is, and its two
 * ways in — a personal token, or the browser session of a signed-in trainer.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearerToken";
    static final String SESSION = "browserSession";
    static final String PROBLEM = "Problem";
    private static final Set<String> PUBLIC = Set.of("/api/v1/quizzes", "/api/v1/objectives");

    /** Every operation but the public catalogue can answer with the same problems: one description of them, here. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths()
                    .forEach((path, item) -> item.readOperations().forEach(operation -> {
                        if (PUBLIC.contains(path)) {
                            return;
                        }
                        ApiResponses responses = operation.getResponses();
                        List<Parameter> parameters =
                                operation.getParameters() == null ? List.of() : operation.getParameters();
                        if (operation.getRequestBody() != null
                                || parameters.stream().anyMatch(p -> "query".equals(p.getIn()))) {
                            responses.addApiResponse(
                                    "400", problem("A parameter or the body is not valid; `parameter` names it."));
                        }
                        responses.addApiResponse(
                                "401", problem("No valid token or session (missing, unknown, expired or revoked)."));
                        responses.addApiResponse("403", problem("Signed in, but not as a trainer or admin."));
                        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
                            responses.addApiResponse(
                                    "404",
                                    problem(
                                            "Not found among yours: no such class, assignment or quiz, or another trainer's."));
                        }
                    }));
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem, in the language of Accept-Language.")
                .addProperty(
                        "type",
                        new StringSchema().description("The kind of problem.").example("about:blank"))
                .addProperty(
                        "title",
                        new StringSchema().description("A short summary.").example("Bad parameter"))
                .addProperty(
                        "status",
                        new IntegerSchema().description("The HTTP status.").example(400))
                .addProperty(
                        "detail",
                        new StringSchema()
                                .description("What went wrong and how to fix it.")
                                .example("The value \"yesterday\" of since is not a date."))
                .addProperty(
                        "instance",
                        new StringSchema()
                                .description("The path that was called.")
                                .example("/api/v1/classes/3/scores"))
                .addProperty(
                        "parameter",
                        new StringSchema()
                                .description("The bad parameter, for a 400.")
                                .example("since"));
    }

    @Bean
    OpenAPI kubequizOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kubequiz API").version("v1").description("""
                                Read a Kubequiz server's catalogue, and for trainers their classes, scores, answers,
                                mastery per objective and item statistics, as JSON or CSV; export quizzes as GIFT.

                                **Authentication.** The catalogue is public. Everything else needs a trainer (or
                                admin): either a personal token created on the page *API tokens* (`/account/tokens`)
                                and sent as `Authorization: Bearer <token>`, which reads that trainer's classes and
                                never writes; or the browser session of a signed-in trainer (a `POST` then needs the
                                `X-CSRF-TOKEN` header).

                                **Errors** are RFC 9457 `application/problem+json`, with `title` and `detail` in the
                                language of `Accept-Language` (French by default) and, for a bad parameter, its name
                                in `parameter`: 400 bad parameter, 401 no valid token or session, 403 not a trainer,
                                404 unknown or not yours (another trainer's class is a 404, never a 403).
                                """))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token (`kq_…`), read-only."))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("JSESSIONID")
                                        .description("The session cookie of a trainer signed in on the site.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
    }
}
