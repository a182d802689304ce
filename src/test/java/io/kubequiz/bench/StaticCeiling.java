package io.kubequiz.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The server's ceiling: as many clients as learners, each asking for the stylesheet ({@code /css/kubequiz.css}, a
 * static file: no session, no database) again as soon as it has the last one, closed-loop, so the figure is what the
 * server and this machine can serve at most. Only requests completed within the measured window count.
 */
final class StaticCeiling {

    static final String PATH = "/css/kubequiz.css";

    private final HttpClient client;
    private final HttpRequest request;
    private final Latencies latencies = new Latencies();
    private volatile boolean stopped;

    StaticCeiling(HttpClient client, String baseUrl) {
        this.client = client;
        this.request = HttpRequest.newBuilder(URI.create(baseUrl + PATH))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    /** Runs {@code clients} loops for the warm-up then the measured window; returns what was measured. */
    Latencies run(int clients, Duration warmUp, Duration measured) throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            next(finished);
        }
        Thread.sleep(warmUp.toMillis());
        latencies.openWindow(measured.toNanos());
        Thread.sleep(measured.toMillis());
        stopped = true;
        finished.await(60, TimeUnit.SECONDS);
        return latencies;
    }

    private void next(CountDownLatch finished) {
        if (stopped) {
            finished.countDown();
            return;
        }
        long sent = System.nanoTime();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
            long done = System.nanoTime();
            if (failure != null) {
                latencies.failed("static", failure, done);
            } else if (response.statusCode() != 200 || response.body().length == 0) {
                latencies.failed("static", new IllegalStateException("status " + response.statusCode()), done);
            } else {
                latencies.completed("static", sent, done);
            }
            next(finished);
        });
    }
}
