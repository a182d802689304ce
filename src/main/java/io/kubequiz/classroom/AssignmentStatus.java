package io.kubequiz.classroom;

/** Where an assignment stands at a given moment: before its opening, open, or past its closing date. */
public enum AssignmentStatus {
    UPCOMING,
    OPEN,
    CLOSED
}
