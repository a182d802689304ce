package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The security headers on pages and API responses, HSTS on HTTPS only, and the request id header. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    private static void assertSecurityHeaders(MockHttpServletResponse response) {
        assertThat(response.getHeaders("Content-Security-Policy"))
                .containsExactly("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                        + " object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void aPageAndAnApiResponseCarryTheSecurityHeaders() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertSecurityHeaders(page);
        MockHttpServletResponse api =
                mvc.perform(get("/api/v1/quizzes")).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        assertSecurityHeaders(api);
        MockHttpServletResponse refused =
                mvc.perform(get("/api/v1/classes")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertSecurityHeaders(refused);
    }

    @Test
    void swaggerUiAloneMayUseInlineStyles() throws Exception {
        MockHttpServletResponse ui =
                mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
        assertThat(ui.getStatus()).isEqualTo(200);
        assertThat(ui.getHeaders("Content-Security-Policy"))
                .containsExactly("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                        + " img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self';"
                        + " form-action 'self'");
    }

    @Test
    void hstsOnlyOnSecureRequests() throws Exception {
        assertThat(mvc.perform(get("/login").secure(true))
                        .andReturn()
                        .getResponse()
                        .getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .isNull();
    }

    @Test
    void aValidRequestIdIsEchoedAndAnyOtherReplaced() throws Exception {
        assertThat(mvc.perform(get("/login").header("X-Request-Id", "lb-1234.abc_DEF"))
                        .andReturn()
                        .getResponse()
                        .getHeader("X-Request-Id"))
                .isEqualTo("lb-1234.abc_DEF");
        for (String bad : new String[] {"a b", "x\r\nforged: 1", "é", "a".repeat(65), ""}) {
            assertThat(mvc.perform(get("/login").header("X-Request-Id", bad))
                            .andReturn()
                            .getResponse()
                            .getHeader("X-Request-Id"))
                    .as(bad)
                    .matches("[0-9a-f-]{36}");
        }
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("X-Request-Id"))
                .matches("[0-9a-f-]{36}");
    }
}
