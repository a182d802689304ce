package io.kubequiz.attempt;

import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.ReviewTiming;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What a learner may see of an attempt now: free practice shows everything; an assignment's attempt follows its
 * review setting. Dates are in the configured zone, for the page.
 */
record AttemptReview(
        Long assignmentId,
        ReviewTiming timing,
        boolean open,
        ZonedDateTime deadline,
        ZonedDateTime closesAt,
        boolean attemptsLeft) {

    static AttemptReview free() {
        return new AttemptReview(null, ReviewTiming.IMMEDIATELY, true, null, null, true);
    }

    static AttemptReview of(Attempt attempt, AssignmentRules rules, long attemptsStarted, Instant now, ZoneId zone) {
        return new AttemptReview(
                rules.id(),
                rules.reviewTiming(),
                attempt.immediateFeedback() || rules.reviewOpen(now),
                attempt.deadline() == null ? null : attempt.deadline().atZone(zone),
                rules.closesAt() == null ? null : rules.closesAt().atZone(zone),
                rules.openAt(now) && rules.attemptsLeft(attemptsStarted));
    }

    public boolean assigned() {
        return assignmentId != null;
    }

    /** Whether the graded view (right answers, explanations) may be shown for this attempt in this state. */
    boolean showsFeedback(Attempt attempt) {
        return attempt.immediateFeedback() || (!attempt.inProgress() && open);
    }
}
