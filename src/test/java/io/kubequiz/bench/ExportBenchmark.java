package io.kubequiz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.kubequiz.account.AccountUser;
import io.kubequiz.account.ApiTokens;
import io.kubequiz.content.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Exports 1,000,000 answers of one class as CSV over real HTTP, as an LMS would: the server on a random port with its
 * H2 file database (as in production), a JDK HttpClient with an API token, the body read and thrown away while its
 * bytes are counted. The data: 1,000 learners, an exam of 60 questions taken 10 times and a review of 25 taken 16 times
 * by each (600 + 400 answers each), real answers to the bank's questions, so that every answer is turned into text.
 *
 * <p>Heap growth, measured honestly: what the heap still holds after each garbage collection, as the collector reports
 * it (the sum of every pool's usage after the collection, young collections included), taken at its highest during
 * the export, minus the same after a full collection just before it. Garbage does not count (it is what a collection
 * frees); anything the export kept — rows, a result held by the database, a growing buffer — would. The client runs
 * in the same JVM, so its own allocations count against the server. Asserts nothing about time; prints the figures
 * and writes them to {@code target/bench/export.json}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/bench/export-${random.uuid}",
            "spring.jpa.properties.hibernate.generate_statistics=false",
            "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=off"
        })
class ExportBenchmark {

    private static final int LEARNERS = 1_000;
    private static final int RUNS = 3;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuestionBank bank;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokens tokens;

    private record Run(long rows, long bytes, double seconds, long heapGrowth) {

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    @Test
    void aMillionAnswersAsCsvOverHttp() throws Exception {
        long start = System.nanoTime();
        ExportData.Made made = new ExportData(jdbc, bank)
                .make(
                        "export-trainer",
                        LEARNERS,
                        List.of(
                                new ExportData.Assigned("chapter-exam", 10),
                                new ExportData.Assigned("chapter-review", 16)));
        long generationMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(made.responses()).isEqualTo(1_000_000);
        String token = tokens.create((AccountUser) users.loadUserByUsername("export-trainer"), "bench", null)
                .token();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/classes/" + made.classId() + "/responses");
        HttpClient client = HttpClient.newHttpClient();

        export(client, uri, token); // warm-up: the JIT, H2's caches, the question versions
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(export(client, uri, token));
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("generation_ms", generationMs);
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            figures.put("run" + (i + 1) + "_rows", run.rows());
            figures.put("run" + (i + 1) + "_bytes", run.bytes());
            figures.put("run" + (i + 1) + "_seconds", round(run.seconds(), 2));
            figures.put("run" + (i + 1) + "_mb_per_s", round(run.megabytesPerSecond(), 1));
            figures.put("run" + (i + 1) + "_heap_growth_mb", round(run.heapGrowth() / 1e6, 1));
        }
        BenchFigures.report("export", figures);
        runs.forEach(run -> assertThat(run.rows()).isEqualTo(1_000_000));
    }

    /** One export: rows (lines but the header), bytes, seconds from the request to the last byte, heap growth. */
    private Run export(HttpClient client, URI uri, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/csv")
                .header("Accept-Language", "en")
                .build();
        try (HeapAfterCollections heap = new HeapAfterCollections()) {
            long start = System.nanoTime();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            long bytes = 0;
            long lines = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream body = response.body()) {
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    bytes += n;
                    for (int k = 0; k < n; k++) {
                        if (buffer[k] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Run(lines - 1, bytes, seconds, heap.growth());
        }
    }

    /**
     * The heap's usage after each garbage collection while it is open, against a baseline taken after a full
     * collection when it opens. (Answers spread over several lines would count as several lines: none has a line
     * break here.)
     */
    private static final class HeapAfterCollections implements AutoCloseable {

        private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());

        private final long baseline;
        private final AtomicLong peak = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed())
                        .sum();
                peak.accumulateAndGet(used, Math::max);
            }
        };

        HeapAfterCollections() {
            System.gc();
            System.gc();
            this.baseline =
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peak.set(baseline);
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                NotificationEmitter emitter = (NotificationEmitter) collector;
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }

        long growth() {
            return Math.max(0, peak.get() - baseline);
        }

        @Override
        public void close() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // already gone
                }
            }
        }
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
