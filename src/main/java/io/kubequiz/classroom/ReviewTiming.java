package io.kubequiz.classroom;

/** When an assessed attempt's right answers and explanations are shown to the learner. */
public enum ReviewTiming {
    /** After each question, which is then locked, as in practice. */
    IMMEDIATELY,
    AFTER_SUBMISSION,
    AFTER_CLOSE,
    NEVER
}
