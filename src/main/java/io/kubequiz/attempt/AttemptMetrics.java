package io.kubequiz.attempt;

import io.kubequiz.content.Grade;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The attempt module's meters: answers recorded by outcome, attempts started, submitted and expired by mode, and the
 * time grading takes. Every meter is registered once here, so that answering only increments a counter it already
 * holds (no name building or registry lookup per answer).
 *
 * <p>They count what the service did inside its transaction: a transaction that then fails to commit was counted
 * anyway, which these operational figures tolerate.
 */
@Component
class AttemptMetrics {

    private final Map<Grade.Outcome, Counter> answers = new EnumMap<>(Grade.Outcome.class);
    private final Map<AttemptMode, Counter> started = new EnumMap<>(AttemptMode.class);
    private final Map<AttemptMode, Counter> submitted = new EnumMap<>(AttemptMode.class);
    private final Map<AttemptMode, Counter> expired = new EnumMap<>(AttemptMode.class);
    private final Timer grading;

    AttemptMetrics(MeterRegistry registry) {
        for (Grade.Outcome outcome : Grade.Outcome.values()) {
            answers.put(
                    outcome,
                    Counter.builder("kubequiz.answers.submitted")
                            .description("Answers graded and recorded")
                            .tag("outcome", lower(outcome))
                            .register(registry));
        }
        for (AttemptMode mode : AttemptMode.values()) {
            started.put(mode, attempts("kubequiz.attempts.started", "Attempts started", mode, registry));
            submitted.put(
                    mode, attempts("kubequiz.attempts.submitted", "Attempts finished by the learner", mode, registry));
            expired.put(
                    mode, attempts("kubequiz.attempts.expired", "Attempts ended by their deadline", mode, registry));
        }
        grading = Timer.builder("kubequiz.grading")
                .description("Time to grade one answer")
                .register(registry);
    }

    /** Grades through the timer. */
    Grade grade(Supplier<Grade> grader) {
        return grading.record(grader);
    }

    void answered(Grade grade) {
        answers.get(grade.outcome()).increment();
    }

    void started(AttemptMode mode) {
        started.get(mode).increment();
    }

    void ended(AttemptMode mode, boolean expiredByDeadline) {
        (expiredByDeadline ? expired : submitted).get(mode).increment();
    }

    private static Counter attempts(String name, String description, AttemptMode mode, MeterRegistry registry) {
        return Counter.builder(name)
                .description(description)
                .tag("mode", lower(mode))
                .register(registry);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
