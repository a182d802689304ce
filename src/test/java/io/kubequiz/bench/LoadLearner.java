package io.kubequiz.bench;

import io.kubequiz.testing.Learner;
import io.kubequiz.testing.WebLearner;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One learner of the load, as a browser without JavaScript: its own cookies and the CSRF token of the last page, the
 * forms filled from what the pages show. It runs a class's flow: it logs in once, then, in a loop, the catalogue, start
 * the practice quiz, for each question the form, the answer and its feedback, finish, the summary, the progress page —
 * one request at a time on its own schedule: each request is meant to go {@code pace} after the previous one was
 * meant to go. A late server makes the next requests late, and their latency counts from when they were meant to go.
 * A pace of 0 is a closed loop instead (the warm-up): each request goes as soon as the previous one has completed.
 * Requests are sent asynchronously, so 500 learners need no 500 threads. After an error it starts over from the login
 * page with new cookies.
 */
final class LoadLearner {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private enum Step {
        LOGIN_FORM,
        LOGIN,
        CATALOGUE,
        START,
        RESUME,
        QUESTION,
        ANSWER,
        FEEDBACK,
        SUBMIT,
        SUMMARY,
        PROGRESS
    }

    private final HttpClient client;
    private final String baseUrl;
    private final String username;
    private final String quizId;
    private final Latencies latencies;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier pace;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private volatile boolean stopped;
    private volatile long rebaseAt;
    private String csrf = "";
    private Step step = Step.LOGIN_FORM;
    private String path = "/login";
    private String questionPath;
    private String[] answer;
    private long intended;
    private int requestsInCycle;
    private int answersInCycle;
    private final CompletableFuture<Cycle> firstCycle = new CompletableFuture<>();

    /** What one turn of the flow took: requests sent, answers acknowledged. */
    record Cycle(int requests, int answers) {}

    LoadLearner(
            HttpClient client,
            String baseUrl,
            String username,
            String quizId,
            Latencies latencies,
            ScheduledExecutorService scheduler,
            LongSupplier pace) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.username = username;
        this.quizId = quizId;
        this.latencies = latencies;
        this.scheduler = scheduler;
        this.pace = pace;
    }

    /** Registers this learner through the register page (synchronously, before the measured load). */
    void register() throws IOException, InterruptedException {
        HttpResponse<String> form = client.send(get("/register"), HttpResponse.BodyHandlers.ofString());
        remember(form);
        HttpResponse<String> registered = client.send(
                post(
                        "/register",
                        "username",
                        username,
                        "displayName",
                        "Learner " + username,
                        "password",
                        Learner.PASSWORD),
                HttpResponse.BodyHandlers.ofString());
        if (registered.statusCode() != 302) {
            throw new IllegalStateException("registration of " + username + " refused: " + registered.statusCode());
        }
        cookies.clear();
    }

    /** Starts the loop: the first request is meant to go at {@code firstAt} (System.nanoTime()). */
    void begin(long firstAt) {
        schedule(firstAt);
    }

    /** Completes when this learner has been once through the flow; fails with its first error before that. */
    CompletableFuture<Cycle> firstCycle() {
        return firstCycle;
    }

    /**
     * A new schedule from {@code at} (System.nanoTime()): the next request is meant to go then (or when the one in
     * flight completes, if later), and the following ones {@code pace} after each other from there.
     */
    void rebase(long at) {
        rebaseAt = at;
    }

    /** Sends nothing more; a request in flight still completes. */
    void stop() {
        stopped = true;
    }

    private void schedule(long at) {
        intended = at;
        scheduler.schedule(this::send, Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private void send() {
        if (stopped) {
            return;
        }
        long meant = intended;
        Step sent = step;
        HttpRequest request;
        switch (sent) {
            case LOGIN -> request = post("/login", "username", username, "password", Learner.PASSWORD);
            case START -> request = post("/quizzes/" + quizId + "/start");
            case ANSWER -> request = post(questionPath, answer);
            case SUBMIT -> request = post(path);
            default -> request = get(path);
        }
        long sentAt = System.nanoTime();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, failure) -> completed(sent, meant, sentAt, response, failure));
    }

    private void completed(Step sent, long meant, long sentAt, HttpResponse<String> response, Throwable failure) {
        long done = System.nanoTime();
        String page = sent.name().toLowerCase(java.util.Locale.ROOT);
        try {
            if (failure != null) {
                throw failure;
            }
            if (response.statusCode() >= 400) {
                throw new IllegalStateException("status " + response.statusCode() + " at " + response.uri());
            }
            remember(response);
            next(sent, response, done);
            latencies.completed(page, meant, done);
            if (sent == Step.ANSWER) {
                latencies.served(page, sentAt, done);
            }
            requestsInCycle++;
            if (sent == Step.PROGRESS) {
                firstCycle.complete(new Cycle(requestsInCycle, answersInCycle));
            }
        } catch (Throwable error) {
            latencies.failed(page, error, done);
            firstCycle.completeExceptionally(error);
            cookies.clear();
            csrf = "";
            step = Step.LOGIN_FORM;
            path = "/login";
        }
        long restart = rebaseAt;
        if (restart != 0) {
            rebaseAt = 0;
            schedule(restart);
        } else {
            schedule(meant + pace.getAsLong());
        }
    }

    /** What the page just received says to do next; throws when it is not what the flow expects. */
    private void next(Step sent, HttpResponse<String> response, long done) {
        String location = location(response);
        switch (sent) {
            case LOGIN_FORM -> {
                expect(response, 200);
                then(Step.LOGIN, "/login");
            }
            case LOGIN -> {
                expect(response, 302);
                if (response.headers().firstValue("Location").orElse("").contains("error")) {
                    throw new IllegalStateException("login refused for " + username);
                }
                then(Step.CATALOGUE, "/quizzes");
            }
            case CATALOGUE -> {
                expect(response, 200);
                then(Step.START, null);
            }
            case START -> {
                expect(response, 302);
                then(Step.RESUME, location);
            }
            case RESUME -> {
                expect(response, 302);
                then(location.contains("/questions/") ? Step.QUESTION : Step.SUMMARY, location);
            }
            case QUESTION -> {
                Document page = Jsoup.parse(expect(response, 200).body());
                Element form = page.selectFirst("form#answer-form");
                if (form == null) { // answered before an error made this learner start over: its feedback
                    afterFeedback(page);
                } else {
                    questionPath = path;
                    answer = WebLearner.fill(form);
                    then(Step.ANSWER, path);
                }
            }
            case ANSWER -> {
                expect(response, 302);
                if (!location.equals(questionPath)) {
                    throw new IllegalStateException("answer not acknowledged at " + questionPath + ": " + location);
                }
                latencies.acknowledged(done);
                answersInCycle++;
                then(Step.FEEDBACK, questionPath);
            }
            case FEEDBACK -> afterFeedback(Jsoup.parse(expect(response, 200).body()));
            case SUBMIT -> {
                expect(response, 302);
                then(Step.SUMMARY, location);
            }
            case SUMMARY -> {
                expect(response, 200);
                then(Step.PROGRESS, "/progress");
            }
            case PROGRESS -> {
                expect(response, 200);
                then(Step.CATALOGUE, "/quizzes"); // signed in once, as in class: the next turn of the quiz
            }
        }
    }

    /** The feedback of an answer: on to the next question, or finish after the last one. */
    private void afterFeedback(Document page) {
        Element next = page.selectFirst("a.btn-primary[href*=/questions/]");
        Element finish = page.selectFirst("form[action$=/submit]");
        if (next != null) {
            then(Step.QUESTION, URI.create(baseUrl).resolve(next.attr("href")).getPath());
        } else if (finish != null) {
            then(Step.SUBMIT, URI.create(baseUrl).resolve(finish.attr("action")).getPath());
        } else {
            throw new IllegalStateException("feedback page without a next question or a finish button: " + path);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    "expected " + status + " but got " + response.statusCode() + " at " + response.uri());
        }
        return response;
    }

    private void then(Step nextStep, String nextPath) {
        step = nextStep;
        path = nextPath;
    }

    /** The cookies the server set (or removed), and the CSRF token of a page that has one. */
    private void remember(HttpResponse<String> response) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            if (set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, pair.substring(equals + 1).trim());
            }
        }
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
    }

    private String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .map(l -> URI.create(baseUrl).resolve(l).getPath())
                .orElse("");
    }

    private HttpRequest get(String target) {
        return request(target).GET().build();
    }

    private HttpRequest post(String target, String... pairs) {
        List<String> form = new ArrayList<>(List.of(pairs));
        form.addAll(List.of("_csrf", csrf));
        String body = IntStream.range(0, form.size() / 2)
                .mapToObj(i -> encode(form.get(2 * i)) + "=" + encode(form.get(2 * i + 1)))
                .collect(Collectors.joining("&"));
        return request(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpRequest.Builder request(String target) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + target))
                .header("Accept-Language", "en")
                .timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
