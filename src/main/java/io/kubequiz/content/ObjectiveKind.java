package io.kubequiz.content;

/** The three families of learning objectives a chapter lists: knowledge, skills and mindset. */
public enum ObjectiveKind {
    THEORY,
    PRACTICE,
    MINDSET
}
