package io.kubequiz.attempt;

public enum AttemptState {
    IN_PROGRESS,
    SUBMITTED,
    EXPIRED
}
