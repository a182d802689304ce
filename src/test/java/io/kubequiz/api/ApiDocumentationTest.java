package io.kubequiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document is public, in OpenAPI 3.1, and complete: every operation says what it does, every parameter
 * and every field has a description and an example, and the trainer operations list their problem responses. A new
 * endpoint without its documentation fails here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentationTest {

    @Autowired
    MockMvc mvc;

    JsonNode doc;

    @BeforeEach
    void readDocument() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        doc = JsonMapper.builder().build().readTree(body);
    }

    @Test
    void theDocumentIsPublicOpenApi31() {
        assertThat(doc.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(doc.path("info").path("title").asString()).isEqualTo("Kubequiz API");
        assertThat(doc.path("components").path("securitySchemes").propertyNames())
                .contains(ApiDocumentation.BEARER, ApiDocumentation.SESSION);
    }

    @Test
    void everyOperationHasASummaryADescriptionAndDocumentedParameters() {
        List<String> gaps = new ArrayList<>();
        operations().forEach((name, operation) -> {
            if (operation.path("summary").asString("").isBlank()) {
                gaps.add(name + ": no summary");
            }
            if (operation.path("description").asString("").isBlank()) {
                gaps.add(name + ": no description");
            }
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("description").asString("").isBlank()) {
                    gaps.add(name + " " + parameter.path("name").asString() + ": no description");
                }
                if (parameter.path("example").isMissingNode()
                        && parameter.path("examples").isMissingNode()) {
                    gaps.add(name + " " + parameter.path("name").asString() + ": no example");
                }
            }
        });
        assertThat(operations()).isNotEmpty();
        assertThat(gaps).isEmpty();
    }

    @Test
    void everyFieldHasADescriptionAndAnExample() {
        List<String> gaps = new ArrayList<>();
        doc.path("components").path("schemas").properties().forEach(schema -> {
            if (schema.getValue().path("description").asString("").isBlank()) {
                gaps.add(schema.getKey() + ": no description");
            }
            schema.getValue().path("properties").properties().forEach(field -> {
                JsonNode value = field.getValue();
                String name = schema.getKey() + "." + field.getKey();
                if (value.path("description").asString("").isBlank()) {
                    gaps.add(name + ": no description");
                }
                boolean nested = value.has("$ref") || "array".equals(type(value));
                if (!nested && !value.has("example") && !value.has("examples")) {
                    gaps.add(name + ": no example");
                }
            });
        });
        assertThat(gaps).isEmpty();
    }

    @Test
    void everyOperationButTheCatalogueNeedsATokenAndListsItsProblems() {
        operations().forEach((name, operation) -> {
            if (!name.endsWith(" /api/v1/quizzes") && !name.endsWith(" /api/v1/objectives")) {
                assertThat(operation.path("security").isMissingNode()
                                || !operation.path("security").isEmpty())
                        .as(name)
                        .isTrue();
                assertThat(operation.path("responses").propertyNames()).as(name).contains("401", "403");
                assertThat(operation
                                .path("responses")
                                .path("401")
                                .path("content")
                                .propertyNames())
                        .as(name)
                        .containsExactly("application/problem+json");
            }
            if (name.contains("{")) {
                assertThat(operation.path("responses").propertyNames()).as(name).contains("404");
            }
        });
    }

    @Test
    void theCatalogueIsDocumentedAsPublic() {
        JsonNode quizzes = doc.path("paths").path("/api/v1/quizzes").path("get");
        assertThat(quizzes.path("security").isArray()).isTrue();
        assertThat(quizzes.path("security")).isEmpty();
    }

    @Test
    void swaggerUiIsServedByTheAppWithoutSigningIn() throws Exception {
        assertThat(mvc.perform(get("/swagger-ui/index.html"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        String config = mvc.perform(get("/v3/api-docs/swagger-config"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(config).contains("\"url\":\"/v3/api-docs\"").contains("\"validatorUrl\":\"\"");
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() && !type.isEmpty() ? type.get(0).asString() : type.asString("");
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();
        doc.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(method -> operations.put(method.getKey() + " " + path.getKey(), method.getValue())));
        return operations;
    }
}
