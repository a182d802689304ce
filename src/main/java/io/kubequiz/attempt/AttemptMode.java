package io.kubequiz.attempt;

/** Practice gives feedback after each question and unlimited attempts; assessed attempts give it at the end. */
public enum AttemptMode {
    PRACTICE,
    ASSESSED
}
