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
 * registered through the register page, each running the class's flow ({@link LoadLearner}). First a warm-up in a
 * closed loop (every learner signs in, then goes round the flow as fast as the server answers, until the JIT compilers
 * have done their work); then the measured load, an open model: each learner on its own schedule, the class offering
 * {@code bench.load.answers-per-second} (default 3,000, the target), latencies counted from when each request was meant
 * to go. Then the same class offered a share of what the server sustained ({@code bench.load.below-share}, 0.6), for
 * the latency below saturation; then, in the same run, the server's ceiling on a static file at the same concurrency
 * ({@link StaticCeiling}). Resident memory is sampled throughout the load; the server's and the client's CPU over each
 * window give what a request costs. Prints the figures and writes them to {@code target/bench/load.json}; asserts
 * nothing about time.
 *
 * <p>System properties (defaults are the issue's): {@code bench.load.learners} (500), {@code bench.load.quiz}
 * (chapter-review), {@code bench.load.answers-per-second} (3000), {@code bench.load.warmup-seconds} (90),
 * {@code bench.load.settle-seconds} (5), {@code bench.load.seconds} (60), {@code bench.load.below-share} (0.6),
 * {@code bench.load.below-seconds} (30), {@code bench.static.warmup-seconds} (5), {@code bench.static.seconds} (20),
 * {@code bench.idle.seconds} (30: two of G1's periodic collections, which give unused heap back), {@code
 * bench.server.max-ram} (1g).
 */
class LoadBenchmark {

    private final int learners = Integer.getInteger("bench.load.learners", 500);
    private final String quiz = System.getProperty("bench.load.quiz", "chapter-review");
    private final double offered = Double.parseDouble(System.getProperty("bench.load.answers-per-second", "3000"));
    private final Duration warmUp = seconds("bench.load.warmup-seconds", 90);
    private final Duration settle = seconds("bench.load.settle-seconds", 5);
    private final Duration measured = seconds("bench.load.seconds", 60);
    private final double belowShare = Double.parseDouble(System.getProperty("bench.load.below-share", "0.6"));
    private final Duration belowMeasured = seconds("bench.load.below-seconds", 30);
    private final Duration staticWarmUp = seconds("bench.static.warmup-seconds", 5);
    private final Duration staticMeasured = seconds("bench.static.seconds", 20);
    private final Duration idle = seconds("bench.idle.seconds", 30);

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

            LoadLearner.Cycle cycle = pilot(server, client, scheduler);
            double requestsPerAnswer = (double) cycle.requests() / cycle.answers();
            figures.put("requests_per_cycle", cycle.requests());
            figures.put("answers_per_cycle", cycle.answers());

            AtomicLong pace = new AtomicLong(); // 0 during the warm-up: each learner in a closed loop
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
            // Warm-up: every learner signs in (password hashing, once each) and goes round the flow as fast as the
            // server answers, so that the JIT compilers have done their work before anything is measured; their
            // start is spread over a few seconds, as a class's would be.
            long firstAt = System.nanoTime();
            for (LoadLearner learner : running) {
                learner.begin(firstAt + ThreadLocalRandom.current().nextLong(TimeUnit.SECONDS.toNanos(5)));
            }
            Thread.sleep(warmUp.toMillis());

            // The measured load: the offered rate, each learner on its own schedule from a random point in its first
            // pace, a few seconds to settle (the warm-up's last requests drain), then the window.
            Phase main = measure(running, latencies, pace, paceNanos(offered, requestsPerAnswer), server, measured);
            figures.put("learners", learners);
            figures.put("quiz", quiz);
            figures.put("offered_answers_per_s", offered);
            figures.put("pace_ms", round(pace.get() / 1e6, 2));
            figures.put("measured_s", round(latencies.windowSeconds(), 1));
            figures.put("answers_per_s", round(latencies.answers() / latencies.windowSeconds(), 1));
            figures.put("answer_p50_ms", round(latencies.percentileMillis("answer", 50), 1));
            figures.put("answer_p99_ms", round(latencies.percentileMillis("answer", 99), 1));
            figures.put("errors", latencies.errors());
            figures.put("errors_in_warm_up", latencies.errorsOutsideWindow());
            figures.put("requests_per_s", round(latencies.requests() / latencies.windowSeconds(), 1));
            // what a request costs, whatever the machine shares with it: the load client runs on the same cores
            figures.put("server_cpu_ms_per_request", main.serverCpuMsPerRequest());
            figures.put("server_cpu_cores", main.serverCores());
            figures.put("client_cpu_cores", main.clientCores());
            for (String page : latencies.counts().keySet()) {
                figures.put(page + "_p50_ms", round(latencies.percentileMillis(page, 50), 1));
                figures.put(page + "_p99_ms", round(latencies.percentileMillis(page, 99), 1));
            }
            latencies.errorSamples().forEach(e -> System.out.println("LOAD ERROR " + e));

            // Below saturation: the same class offered a share of what the server just sustained, to show the
            // latency it gives when it is not overloaded.
            double below = Math.max(1, Math.floor(latencies.answers() / latencies.windowSeconds() * belowShare));
            long errorsBefore = latencies.errors();
            measure(running, latencies, pace, paceNanos(below, requestsPerAnswer), server, belowMeasured);
            figures.put("below_offered_answers_per_s", below);
            figures.put("below_answers_per_s", round(latencies.answers() / latencies.windowSeconds(), 1));
            figures.put("below_requests_per_s", round(latencies.requests() / latencies.windowSeconds(), 1));
            figures.put("below_requests", latencies.counts().toString().replace(" ", ""));
            figures.put("below_answer_p50_ms", round(latencies.percentileMillis("answer", 50), 1));
            figures.put("below_answer_p99_ms", round(latencies.percentileMillis("answer", 99), 1));
            figures.put("below_errors", latencies.errors());
            if (latencies.errors() > 0 && errorsBefore == 0) {
                latencies.errorSamples().forEach(e -> System.out.println("LOAD ERROR (below) " + e));
            }
            running.forEach(LoadLearner::stop);
            sampler.cancel(false);
            figures.put("load_rss_mb", megabytes(maxRss.get()));
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

    private static Duration ownCpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow();
    }

    /** Each learner's time between two requests for the class to offer {@code answersPerSecond}. */
    private long paceNanos(double answersPerSecond, double requestsPerAnswer) {
        return (long) (learners / (answersPerSecond * requestsPerAnswer) * 1e9);
    }

    /** The server's and this JVM's CPU over one measured window, per request and in cores. */
    record Phase(double serverCpuMsPerRequest, double serverCores, double clientCores) {}

    /**
     * Puts every learner on a new schedule at {@code paceNanos}, lets it settle, then measures one window: the
     * figures are in {@code latencies}, the CPU in what it returns.
     */
    private Phase measure(
            List<LoadLearner> running,
            Latencies latencies,
            AtomicLong pace,
            long paceNanos,
            PackagedServer server,
            Duration window)
            throws InterruptedException {
        pace.set(paceNanos);
        long from = System.nanoTime();
        for (LoadLearner learner : running) {
            learner.rebase(from + ThreadLocalRandom.current().nextLong(Math.max(1, paceNanos)));
        }
        Thread.sleep(settle.toMillis());
        latencies.openWindow(window.toNanos());
        Duration serverCpu = server.cpuTime();
        Duration clientCpu = ownCpuTime();
        Thread.sleep(window.toMillis());
        serverCpu = server.cpuTime().minus(serverCpu);
        clientCpu = ownCpuTime().minus(clientCpu);
        double seconds = latencies.windowSeconds();
        return new Phase(
                round(serverCpu.toNanos() / 1e6 / Math.max(1, latencies.requests()), 2),
                round(serverCpu.toNanos() / 1e9 / seconds, 2),
                round(clientCpu.toNanos() / 1e9 / seconds, 2));
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
