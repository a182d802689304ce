package io.kubequiz.content;

public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    SHORT_TEXT,
    NUMERIC,
    MATCHING,
    ORDERING
}
