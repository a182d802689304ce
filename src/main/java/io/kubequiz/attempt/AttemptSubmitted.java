package io.kubequiz.attempt;

import java.time.Instant;
import java.util.UUID;

/** An attempt was finished; {@code percent} counts unanswered questions as 0. */
public record AttemptSubmitted(UUID attemptId, long userId, String quizId, double percent, Instant submittedAt) {}
