package io.kubequiz.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.MultiValueMap;

/**
 * A learner's whole path over real HTTP, as a browser does it: cookies, CSRF tokens read from each form,
 * redirects. Register → catalogue → practise a quiz to the end → summary → progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FullFlowTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    QuestionBank bank;

    @Autowired
    AttemptRepository attempts;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private String csrf = "";

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", "fr-FR,fr;q=0.9")
                        .header("Accept", BROWSER_ACCEPT)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        remember(response);
        return response;
    }

    private HttpResponse<String> post(String path, List<String[]> fields) throws Exception {
        List<String[]> all = new ArrayList<>(fields);
        all.add(new String[] {"_csrf", csrf});
        StringBuilder body = new StringBuilder();
        for (String[] field : all) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(field[0], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "fr-FR,fr;q=0.9")
                        .header("Accept", BROWSER_ACCEPT)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        remember(response);
        return response;
    }

    /** Like a browser, the next form is posted with the token of the page on screen. */
    private void remember(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    private static List<String[]> fields(MultiValueMap<String, String> form) {
        List<String[]> fields = new ArrayList<>();
        form.forEach((name, values) -> values.forEach(v -> fields.add(new String[] {name, v})));
        return fields;
    }

    @Test
    void registerPractiseAQuizAndSeeProgress() throws Exception {
        assertThat(get("/").body()).contains("Le réseau Kubernetes, une question à la fois");
        get("/register");
        String username = "flow-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> catalogue = post(
                "/register",
                List.of(
                        new String[] {"username", username},
                        new String[] {"displayName", "Camille Flow"},
                        new String[] {"password", "calico-vxlan-4789"}));
        assertThat(catalogue.uri().getPath()).isEqualTo("/quizzes");
        assertThat(catalogue.body())
                .contains("Camille Flow")
                .contains("Les quatre règles d’or", "Le format des noms DNS");

        HttpResponse<String> firstQuestion = post("/quizzes/dns-names/start", List.of());
        assertThat(firstQuestion.statusCode()).isEqualTo(200);
        String path = firstQuestion.uri().getPath();
        UUID attemptId = UUID.fromString(path.split("/")[2]);
        Attempt attempt = attempts.findWithItems(attemptId).orElseThrow();

        for (int i = 0; i < attempt.questionCount(); i++) {
            Question q = bank.question(attempt.items().get(i).questionId()).orElseThrow();
            String url = "/attempts/" + attemptId + "/questions/" + q.id();
            get(url);
            MultiValueMap<String, String> answer =
                    i % 2 == 0 ? FormAnswers.right(q, attempt.seed()) : FormAnswers.wrong(q, attempt.seed());
            HttpResponse<String> feedback = post(url, fields(answer));
            assertThat(feedback.statusCode()).as(q.id()).isEqualTo(200);
            assertThat(feedback.body()).as(q.id()).contains(i % 2 == 0 ? "Juste !" : "Pas juste");
        }

        HttpResponse<String> summary = post("/attempts/" + attemptId + "/submit", List.of());
        assertThat(summary.uri().getPath()).endsWith("/summary");
        int expected = (int) Math.round(100.0 * ((attempt.questionCount() + 1) / 2) / attempt.questionCount());
        assertThat(summary.body())
                .contains("Résultats")
                .contains(expected + "\u00a0%")
                .contains("Par objectif");

        String progress = get("/progress").body();
        assertThat(progress)
                .contains("Ma progression")
                .contains("Le format des noms DNS")
                .contains("Terminée");
        assertThat(progress).containsPattern("dont la dernière réponse n’était pas entièrement juste");
        assertThat(progress).containsPattern("<strong>[1-9][0-9]*\u00a0%</strong>");

        HttpResponse<String> missing = get("/attempts/" + UUID.randomUUID());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page introuvable").contains("Ma progression");
        HttpResponse<String> retry = post("/quizzes/dns-names/start", List.of());
        assertThat(retry.uri().getPath()).as("a new attempt").doesNotContain(attemptId.toString());
        HttpResponse<String> tooLong =
                post(retry.uri().getPath(), List.<String[]>of(new String[] {"text", "x".repeat(3000)}));
        assertThat(tooLong.statusCode()).isEqualTo(400);

        HttpResponse<String> loggedOut = post("/logout", List.of());
        assertThat(loggedOut.uri().getPath()).isEqualTo("/login");
        assertThat(get("/progress").uri().getPath()).isEqualTo("/login");
    }
}
