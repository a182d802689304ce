package io.kubequiz.content;

public enum Difficulty {
    EASY,
    MEDIUM,
    HARD
}
