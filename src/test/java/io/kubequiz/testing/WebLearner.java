package io.kubequiz.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A learner driving a running server through its HTML pages, as a browser without JavaScript would: its own cookies
 * (session), the CSRF token read from each page, forms filled from what the page shows. Every request either gets a
 * complete response, or fails before any of it arrived; a response cut after its status line is an error of its own
 * ({@link CutResponseException}), and a server error (5xx) an {@link IllegalStateException}.
 */
public final class WebLearner {

    /** What the server said: status, redirect target and the whole body. */
    public record Page(int status, String location, String body) {}

    /** The status line arrived but the body broke off: the server dropped a request in flight. */
    public static final class CutResponseException extends IOException {
        CutResponseException(String url, IOException cause) {
            super("response cut mid-body: " + url, cause);
        }
    }

    /** An answer the server acknowledged (its redirect after the POST). */
    public record Acknowledged(UUID attemptId, String questionId) {}

    private final String baseUrl;
    private final HttpClient client;
    private final String username;
    private String csrf;

    private WebLearner(String baseUrl, String username) {
        this(
                baseUrl,
                username,
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build());
    }

    private WebLearner(String baseUrl, String username, HttpClient client) {
        this.baseUrl = baseUrl;
        this.username = username;
        this.client = client;
    }

    /**
     * The same browser (its cookies, its CSRF token) sending its next requests to another server, as a load balancer
     * may: cookies do not depend on the port, so two servers on one host see the same session cookie.
     */
    public WebLearner movedTo(String otherBaseUrl) {
        WebLearner moved = new WebLearner(otherBaseUrl, username, client);
        moved.csrf = csrf;
        return moved;
    }

    /** Registers a new account through the register page; the learner is signed in afterwards. */
    public static WebLearner register(String baseUrl) throws IOException, InterruptedException {
        WebLearner learner =
                new WebLearner(baseUrl, "web" + UUID.randomUUID().toString().substring(0, 12));
        learner.get("/register");
        Page registered = learner.post(
                "/register",
                "username",
                learner.username,
                "displayName",
                "Learner " + learner.username,
                "password",
                Learner.PASSWORD);
        if (registered.status() != 302) {
            throw new IllegalStateException("registration refused (" + registered.status() + ")");
        }
        return learner;
    }

    /**
     * Answers one question of the practice quiz (starting or finishing attempts as needed) through the question form.
     * Returns the answer when the server acknowledged it, empty when this step did something else.
     */
    public java.util.Optional<Acknowledged> answerNext(String quizId) throws IOException, InterruptedException {
        Page started = post("/quizzes/" + quizId + "/start");
        String attemptPath = started.location();
        Page resumed = get(attemptPath);
        if (!resumed.location().contains("/questions/")) {
            return java.util.Optional.empty(); // finished: the next call starts a new attempt
        }
        String questionPath = resumed.location();
        Document question = Jsoup.parse(get(questionPath).body());
        Element form = question.selectFirst("form#answer-form");
        if (form == null) { // every question answered: finish, so that the next start opens a new attempt
            post(attemptPath + "/submit");
            return java.util.Optional.empty();
        }
        Page answered = post(questionPath, fill(form));
        if (answered.status() == 302 && answered.location().endsWith(questionPath)) {
            UUID attemptId = UUID.fromString(attemptPath.substring(attemptPath.lastIndexOf('/') + 1));
            return java.util.Optional.of(
                    new Acknowledged(attemptId, questionPath.substring(questionPath.lastIndexOf('/') + 1)));
        }
        throw new IllegalStateException("answer refused (" + answered.status() + ") at " + questionPath);
    }

    /** A valid answer whatever the question type: the first choice, a number, distinct ranks, the first match. */
    public static String[] fill(Element form) {
        List<String> fields = new ArrayList<>();
        Element choice = form.selectFirst("input[name=choice]");
        if (choice != null) {
            fields.addAll(List.of("choice", choice.val()));
        }
        if (form.selectFirst("input[name=text]") != null) {
            fields.addAll(List.of("text", "1"));
        }
        int rank = 1;
        for (Element select : form.select("select")) {
            String name = select.attr("name");
            fields.addAll(List.of(name, name.startsWith("order_") ? String.valueOf(rank++) : "1"));
        }
        return fields.toArray(String[]::new);
    }

    public Page get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Page post(String path, String... pairs) throws IOException, InterruptedException {
        List<String> form = new ArrayList<>(List.of(pairs));
        form.addAll(List.of("_csrf", csrf));
        String body = java.util.stream.IntStream.range(0, form.size() / 2)
                .mapToObj(i -> encode(form.get(2 * i)) + "=" + encode(form.get(2 * i + 1)))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<InputStream> response = client.send(built, HttpResponse.BodyHandlers.ofInputStream());
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException cut) {
            throw new CutResponseException(built.uri().toString(), cut);
        }
        if (response.statusCode() >= 500) {
            throw new IllegalStateException("server error " + response.statusCode() + " at " + built.uri());
        }
        Element token = Jsoup.parse(body).selectFirst("meta[name=_csrf]");
        if (token != null) {
            csrf = token.attr("content");
        }
        String location = response.headers().firstValue("Location").orElse("");
        return new Page(
                response.statusCode(), URI.create(baseUrl).resolve(location).getPath(), body);
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
