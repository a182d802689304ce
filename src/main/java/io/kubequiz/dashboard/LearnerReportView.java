package io.kubequiz.dashboard;

import io.kubequiz.content.ObjectiveKind;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** One learner of a class as their trainer sees them: mastery per objective, attempts at the class's assignments. */
public record LearnerReportView(
        long classId,
        String className,
        long learnerId,
        String name,
        String username,
        boolean removed,
        List<MasteryGroup> mastery,
        List<LearnerAttempt> attempts) {

    public record ObjectiveMastery(String id, String title, int percent, int answered, int questions) {}

    public record MasteryGroup(ObjectiveKind kind, List<ObjectiveMastery> objectives) {}

    /** An attempt at one of the class's assignments; {@code percent} counts unanswered questions as 0. */
    public record LearnerAttempt(
            UUID id,
            String quizTitle,
            int number,
            String state,
            double percent,
            int answered,
            int questionCount,
            ZonedDateTime startedAt,
            ZonedDateTime finishedAt,
            List<LearnerAnswer> answers) {}

    /** A question of an attempt, in the order shown, with the answer given (blank if none) and its score 0–100. */
    public record LearnerAnswer(
            int position, String questionId, String stem, DashboardAnswerText answer, Integer score) {}
}
