package io.kubequiz.testing;

import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Learners answering a practice quiz at the same time, each on its own thread through {@link WebLearner}, until told
 * to stop or until the server goes away. Keeps what every request came to: an acknowledged answer, a refused
 * connection, a request dropped before its response, a response cut mid-body, or anything else (a failure).
 */
public final class LearnerCrowd {

    private final Queue<WebLearner.Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<Exception> cut = new ConcurrentLinkedQueue<>();
    private final Queue<Exception> failures = new ConcurrentLinkedQueue<>();
    private final Queue<IOException> dropped = new ConcurrentLinkedQueue<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ExecutorService pool;
    private final CountDownLatch registered;

    private LearnerCrowd(int size) {
        pool = Executors.newFixedThreadPool(size);
        registered = new CountDownLatch(size);
    }

    /** Registers {@code size} learners through the register page, then sets them answering {@code quizId}. */
    public static LearnerCrowd start(String baseUrl, int size, String quizId) throws InterruptedException {
        LearnerCrowd crowd = new LearnerCrowd(size);
        for (int i = 0; i < size; i++) {
            crowd.pool.submit(() -> crowd.learn(baseUrl, quizId));
        }
        if (!crowd.registered.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the learners were not registered within 60 s");
        }
        if (!crowd.failures.isEmpty()) {
            throw new IllegalStateException("registration failed", crowd.failures.peek());
        }
        return crowd;
    }

    private void learn(String baseUrl, String quizId) {
        WebLearner learner;
        try {
            learner = WebLearner.register(baseUrl);
        } catch (Exception e) {
            failures.add(e);
            return;
        } finally {
            registered.countDown();
        }
        while (!stopped.get()) {
            try {
                learner.answerNext(quizId).ifPresent(acknowledged::add);
            } catch (WebLearner.CutResponseException e) {
                cut.add(e);
                return;
            } catch (java.net.ConnectException e) { // the server is gone, or no longer takes connections
                refused.incrementAndGet();
                return;
            } catch (IOException e) { // sent, but the connection closed before any response
                dropped.add(e);
                return;
            } catch (Exception e) {
                failures.add(e);
                return;
            }
        }
    }

    /** Waits (at most a minute) until this many answers were acknowledged; fails on the first failure. */
    public void awaitAcknowledged(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < count && System.nanoTime() < deadline && failures.isEmpty()) {
            Thread.sleep(20);
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("failure under load", failures.peek());
        }
    }

    /** Stops the learners (those still answering finish their current step) and waits for them. */
    public void stop() throws InterruptedException {
        stopped.set(true);
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("learners still busy a minute after the stop");
        }
    }

    public List<WebLearner.Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    public int acknowledgedCount() {
        return acknowledged.size();
    }

    public List<Exception> cut() {
        return List.copyOf(cut);
    }

    public List<Exception> failures() {
        return List.copyOf(failures);
    }

    /** Requests sent whose connection was closed or reset before the status line came back. */
    public List<IOException> dropped() {
        return List.copyOf(dropped);
    }

    public int refused() {
        return refused.get();
    }
}
