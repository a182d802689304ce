package io.kubequiz.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A class at work on the packaged server ({@link PackagedServer}): start-up time and idle memory, then 500 learners
 * registered through the register page, then each running the class's flow ({@link LoadLearner}) on its own schedule:
 * an open model, the offered rate set by {@code bench.load.answers-per-second} (default 3,000, the target), latencies
 * counted from when each request was meant to go. After a warm-up, a measured window; then, in the same run, the
 * server's ceiling on a static file at the same concurrency ({@link StaticCeiling}). Resident memory is sampled
 * throughout the load. Prints the figures and writes them to {@code target/bench/load.json}; asserts nothing about time.
 *
 * <p>System properties (defaults are the issue's): {@code bench.load.learners} (500), {@code bench.load.quiz}
 * (chapter-review), {@code bench.load.answers-per-second} (3000), {@code bench.load.warmup-seconds} (30),
 * {@code bench.load.seconds} (60), {@code bench.static.warmup-seconds} (5), {@code bench.static.seconds} (20),
 * {@code bench.idle.seconds} (10), {@code bench.server.max-ram} (1g).
 */
class LoadBenchmark {

    /** Requests per acknowledged answer assumed until the warm-up has measured it (25 questions: 84 per 25). */
    private static final double FIRST_REQUESTS_PER_ANSWER = 3.4;

    private final int learners = Integer.getInteger("bench.load.learners", 500);
    private final String quiz = System.getProperty("bench.load.quiz", "chapter-review");
    private final double offered = Double.parseDouble(System.getProperty("bench.load.answers-per-second", "3000"));
    private final Duration warmUp = seconds("bench.load.warmup-seconds", 30);
    private final Duration measured = seconds("bench.load.seconds", 60);
    private final Duration staticWarmUp = seconds("bench.static.warmup-seconds", 5);
    private final Duration staticMeasured = seconds("bench.static.seconds", 20);
    private final Duration idle = seconds("bench.idle.seconds", 10);

    @Test
    void aClassAnsweringAPracticeQuiz() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("load_average_before", String.join(" ", Machine.loadAverage()));
        Path dataDir = Path.of("target/bench/load-" + Instant.now().toEpochMilli());
        ExecutorService io = Executors.newFixedThreadPool(3);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(io)
                .build();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
        try (PackagedServer server = PackagedServer.start(dataDir)) {
            figures.put("startup_s", round(server.secondsToReady(), 2));
            figures.put(
                    "startup_logged_s",
                    server.loggedStartSeconds().isPresent()
                            ? round(server.loggedStartSeconds().getAsDouble(), 2)
                            : "not logged");
            figures.put("java_tool_options", server.toolOptions());
            Thread.sleep(idle.toMillis());
            figures.put("idle_rss_mb", megabytes(server.residentBytes()));

            AtomicLong pace = new AtomicLong();
            LoadLearner.Cycle cycle = pilot(server, client, scheduler);
            pace.set(paceNanos((double) cycle.requests() / cycle.answers()));
            figures.put("requests_per_cycle", cycle.requests());
            figures.put("answers_per_cycle", cycle.answers());
            figures.put("pace_ms", round(pace.get() / 1e6, 2));

            Latencies latencies = new Latencies();
            List<LoadLearner> running = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                running.add(
                        new LoadLearner(client, server.baseUrl(), "load-" + i, quiz, latencies, scheduler, pace::get));
            }
            long registering = System.nanoTime();
            register(running);
            figures.put("registration_s", round((System.nanoTime() - registering) / 1e9, 1));

            AtomicLong maxRss = new AtomicLong();
            var sampler = scheduler.scheduleAtFixedRate(
                    () -> {
                        try {
                            maxRss.accumulateAndGet(server.residentBytes(), Math::max);
                        } catch (Exception gone) {
                            // the server stopped; the figure keeps what was seen
                        }
                    },
                    0,
                    250,
                    TimeUnit.MILLISECONDS);
            // the learners start spread over one turn of the flow, not all logging in at the same instant, but all
            // within the first half of the warm-up, so that the offered rate is reached before the measured window
            long firstAt = System.nanoTime();
            long spread = Math.max(1, Math.min(pace.get() * cycle.requests(), warmUp.toNanos() / 2));
            for (LoadLearner learner : running) {
                learner.begin(firstAt + ThreadLocalRandom.current().nextLong(spread));
            }
            Thread.sleep(warmUp.toMillis());
            latencies.openWindow(measured.toNanos());
            Thread.sleep(measured.toMillis());
            running.forEach(LoadLearner::stop);
            sampler.cancel(false);
            figures.put("learners", learners);
            figures.put("quiz", quiz);
            figures.put("offered_answers_per_s", offered);
            figures.put("measured_s", round(latencies.windowSeconds(), 1));
            figures.put("answers_per_s", round(latencies.answers() / latencies.windowSeconds(), 1));
            figures.put("answer_p50_ms", round(latencies.percentileMillis("answer", 50), 1));
            figures.put("answer_p99_ms", round(latencies.percentileMillis("answer", 99), 1));
            figures.put("errors", latencies.errors());
            figures.put("errors_in_warm_up", latencies.errorsOutsideWindow());
            figures.put("requests_per_s", round(latencies.requests() / latencies.windowSeconds(), 1));
            for (String page : latencies.counts().keySet()) {
                figures.put(page + "_p50_ms", round(latencies.percentileMillis(page, 50), 1));
                figures.put(page + "_p99_ms", round(latencies.percentileMillis(page, 99), 1));
            }
            figures.put("load_rss_mb", megabytes(maxRss.get()));
            latencies.errorSamples().forEach(e -> System.out.println("LOAD ERROR " + e));
            Thread.sleep(2_000); // the last requests in flight finish

            Latencies ceiling = new StaticCeiling(client, server.baseUrl()).run(learners, staticWarmUp, staticMeasured);
            figures.put("static_path", StaticCeiling.PATH);
            figures.put("static_per_s", round(ceiling.requests() / ceiling.windowSeconds(), 1));
            figures.put("static_p99_ms", round(ceiling.percentileMillis("static", 99), 1));
            figures.put("static_errors", ceiling.errors());
            ceiling.errorSamples().forEach(e -> System.out.println("STATIC ERROR " + e));
        } finally {
            scheduler.shutdownNow();
            io.shutdownNow();
        }
        figures.put("load_average_after", String.join(" ", Machine.loadAverage()));
        BenchFigures.report("load", figures);
    }

    /**
     * One learner once through the flow before the load: proves the flow works on this server (the first error fails
     * the benchmark here, not 500 times over), and counts the requests per answer that set the learners' pace.
     */
    private LoadLearner.Cycle pilot(PackagedServer server, HttpClient client, ScheduledExecutorService scheduler)
            throws Exception {
        LoadLearner pilot =
                new LoadLearner(client, server.baseUrl(), "load-pilot", quiz, new Latencies(), scheduler, () -> 0);
        pilot.register();
        pilot.begin(System.nanoTime());
        try {
            return pilot.firstCycle().get(120, TimeUnit.SECONDS);
        } finally {
            pilot.stop();
        }
    }

    /** Registers every learner through the register page, a few at a time (password hashing is the cost). */
    private static void register(List<LoadLearner> learners) throws Exception {
        ExecutorService registering = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (LoadLearner learner : learners) {
                done.add(registering.submit(() -> {
                    learner.register();
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get(5, TimeUnit.MINUTES);
            }
        } finally {
            registering.shutdownNow();
        }
    }

    private long paceNanos(double requestsPerAnswer) {
        return (long) (learners / (offered * requestsPerAnswer) * 1e9);
    }

    private static Duration seconds(String property, int defaultSeconds) {
        return Duration.ofSeconds(Integer.getInteger(property, defaultSeconds));
    }

    private static double megabytes(long bytes) {
        return round(bytes / 1_048_576.0, 1);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
