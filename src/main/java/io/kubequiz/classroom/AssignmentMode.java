package io.kubequiz.classroom;

/** Practice: feedback after each question, unlimited attempts. Assessed: the trainer's rules, feedback as set. */
public enum AssignmentMode {
    PRACTICE,
    ASSESSED
}
