package io.kubequiz.attempt;

import java.time.Instant;
import java.util.UUID;

/** A learner's answer was graded and recorded, once. */
public record AnswerRecorded(
        UUID attemptId, long userId, String questionId, String questionVersion, double score, Instant answeredAt) {}
