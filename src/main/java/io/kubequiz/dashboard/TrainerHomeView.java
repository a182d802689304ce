package io.kubequiz.dashboard;

import java.time.ZonedDateTime;
import java.util.List;

/** The trainer's home: their classes (every class for an admin), each with its assignments open now. */
public record TrainerHomeView(List<ClassCard> classes) {

    public record ClassCard(long id, String name, boolean archived, long learners, List<OpenAssignment> open) {}

    /** An assignment open now, with its completion: learners with a finished attempt out of the class's learners. */
    public record OpenAssignment(
            long id, String quizTitle, ZonedDateTime closesAt, long finished, long learners, int completion) {}
}
