package io.kubequiz.classroom;

/** An assignment's rules changed (dates, time limit…): attempts in progress at it must follow the new ones. */
public record AssignmentChanged(long assignmentId) {}
