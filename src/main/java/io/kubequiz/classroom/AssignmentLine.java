package io.kubequiz.classroom;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** An assignment as the class page lists it, with dates in the configured zone. */
record AssignmentLine(
        long id,
        String quizTitle,
        AssignmentMode mode,
        ZonedDateTime opensAt,
        ZonedDateTime closesAt,
        Integer attemptsAllowed,
        Integer timeLimitMinutes,
        GradingMethod gradingMethod,
        ReviewTiming reviewTiming,
        AssignmentStatus status) {

    static AssignmentLine of(AssignmentRules rules, String quizTitle, Instant now, ZoneId zone) {
        return new AssignmentLine(
                rules.id(),
                quizTitle,
                rules.mode(),
                rules.opensAt().atZone(zone),
                rules.closesAt() == null ? null : rules.closesAt().atZone(zone),
                rules.attemptsAllowed(),
                rules.timeLimitMinutes(),
                rules.gradingMethod(),
                rules.reviewTiming(),
                rules.status(now));
    }
}
