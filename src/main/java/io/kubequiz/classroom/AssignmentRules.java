package io.kubequiz.classroom;

import java.time.Duration;
import java.time.Instant;

/**
 * An assignment as other modules see it: which quiz, for which class, and the rules of its attempts. Null
 * {@code closesAt}, {@code attemptsAllowed} and {@code timeLimitMinutes} mean "none".
 */
public record AssignmentRules(
        long id,
        long classroomId,
        String className,
        String quizId,
        AssignmentMode mode,
        Instant opensAt,
        Instant closesAt,
        Integer attemptsAllowed,
        Integer timeLimitMinutes,
        GradingMethod gradingMethod,
        ReviewTiming reviewTiming) {

    public boolean assessed() {
        return mode == AssignmentMode.ASSESSED;
    }

    public boolean notYetOpen(Instant now) {
        return now.isBefore(opensAt);
    }

    public boolean closed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    public AssignmentStatus status(Instant now) {
        return notYetOpen(now)
                ? AssignmentStatus.UPCOMING
                : closed(now) ? AssignmentStatus.CLOSED : AssignmentStatus.OPEN;
    }

    public boolean openAt(Instant now) {
        return !notYetOpen(now) && !closed(now);
    }

    /** Whether a learner who has started this many attempts may start another. */
    public boolean attemptsLeft(long started) {
        return attemptsAllowed == null || started < attemptsAllowed;
    }

    /** Feedback after each question (the question is then locked), rather than after submission. */
    public boolean immediateFeedback() {
        return reviewTiming == ReviewTiming.IMMEDIATELY;
    }

    /** When an attempt started at {@code start} must end: the time limit or the closing date, whichever is first. */
    public Instant deadlineFor(Instant start) {
        Instant byLimit = timeLimitMinutes == null ? null : start.plus(Duration.ofMinutes(timeLimitMinutes));
        if (byLimit == null) {
            return closesAt;
        }
        return closesAt == null || byLimit.isBefore(closesAt) ? byLimit : closesAt;
    }

    /** Whether a finished attempt's right answers and explanations may be shown now. */
    public boolean reviewOpen(Instant now) {
        return switch (reviewTiming) {
            case IMMEDIATELY, AFTER_SUBMISSION -> true;
            case AFTER_CLOSE -> closed(now);
            case NEVER -> false;
        };
    }
}
