package io.kubequiz.classroom;

/** A class as the trainer's list shows it. */
public record ClassroomLine(long id, String name, String joinCode, boolean archived, long learners) {}
