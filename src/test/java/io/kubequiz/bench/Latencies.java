package io.kubequiz.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What the requests of a load came to within a measured window: the latency of each page, from the time the request
 * was meant to be sent (not the time it went out, which a slow server pushes back: no coordinated omission), the answers
 * acknowledged and the errors. Anything that completes outside the window (warm-up, the drain after it) is left out.
 */
final class Latencies {

    private static final long MAX_MICROS = 3_600_000_000L;

    private final Map<String, Histogram> pages = new ConcurrentHashMap<>();
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong errorsOutside = new AtomicLong();
    private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;

    /** Opens the measured window now, for {@code nanos}; errors seen so far count as outside it. */
    void openWindow(long nanos) {
        errorsOutside.addAndGet(errors.getAndSet(0));
        answers.set(0);
        requests.set(0);
        pages.clear();
        windowStart = System.nanoTime();
        windowEnd = windowStart + nanos;
    }

    double windowSeconds() {
        return (windowEnd - windowStart) / 1e9;
    }

    private boolean inWindow(long at) {
        return at >= windowStart && at < windowEnd;
    }

    /** A request that completed at {@code done}, meant to be sent at {@code intended} (both System.nanoTime()). */
    void completed(String page, long intended, long done) {
        if (inWindow(done)) {
            requests.incrementAndGet();
            pages.computeIfAbsent(page, p -> new ConcurrentHistogram(MAX_MICROS, 3))
                    .recordValue(Math.min(MAX_MICROS, Math.max(0, (done - intended) / 1_000)));
        }
    }

    /**
     * The same request's time from when it actually went out: the server's own time plus its queue, without the delay
     * of a schedule already behind. For information only (it hides coordinated omission): page "X_from_send".
     */
    void served(String page, long sent, long done) {
        if (inWindow(done)) {
            pages.computeIfAbsent(page + "_from_send", p -> new ConcurrentHistogram(MAX_MICROS, 3))
                    .recordValue(Math.min(MAX_MICROS, Math.max(0, (done - sent) / 1_000)));
        }
    }

    /** An answer POST the server acknowledged (its redirect back to the question). */
    void acknowledged(long done) {
        if (inWindow(done)) {
            answers.incrementAndGet();
        }
    }

    /** A non-2xx/3xx status, a time-out, a cut response, a page not as the flow expects. */
    void failed(String page, Throwable error, long done) {
        if (inWindow(done)) {
            errors.incrementAndGet();
        } else {
            errorsOutside.incrementAndGet();
        }
        if (errorSamples.size() < 10) {
            errorSamples.add(page + ": " + error);
        }
    }

    long answers() {
        return answers.get();
    }

    long requests() {
        return requests.get();
    }

    long errors() {
        return errors.get();
    }

    long errorsOutsideWindow() {
        return errorsOutside.get();
    }

    List<String> errorSamples() {
        return new ArrayList<>(errorSamples);
    }

    /** p50/p99 (ms) of one page, or of every page together for {@code null}. */
    double percentileMillis(String page, double percentile) {
        Histogram histogram = page == null ? all() : pages.get(page);
        return histogram == null || histogram.getTotalCount() == 0
                ? Double.NaN
                : histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    /** How many requests of each page (and "X_from_send" of the answers) completed in the window. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        pages.forEach((page, histogram) -> counts.put(page, histogram.getTotalCount()));
        return counts;
    }

    private Histogram all() {
        Histogram all = new Histogram(MAX_MICROS, 3);
        pages.forEach((page, histogram) -> {
            if (!page.endsWith("_from_send")) {
                all.add(histogram);
            }
        });
        return all;
    }
}
