package io.kubequiz.dashboard;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The class page's read model: one SQL statement per block, whatever the class size, aggregated in the database
 * where the definition allows it (a grade needs the grading method over each learner's attempts in order, so the
 * attempts come back one row each, a few thousand at most; answers, the big table, come back grouped). Only the class's current learners count (a removed learner keeps their answers,
 * but no longer weighs on the class's figures). Answers count once final: those of finished attempts, and those of
 * attempts with immediate feedback (final as soon as given), so that a practice session shows up live.
 */
@Component
class ClassDashboardReads {

    /** Answers of the class's current learners to the given assignments, once final. */
    private static final String COUNTED_ANSWERS = " FROM attempt a"
            + " JOIN enrolment e ON e.classroom_id = :classId AND e.user_id = a.user_id AND e.removed_at IS NULL"
            + " JOIN attempt_response r ON r.attempt_id = a.id"
            + " WHERE a.assignment_id IN (:assignments)"
            + " AND (a.attempt_state <> 'IN_PROGRESS' OR a.immediate_feedback = TRUE)";

    record LearnerRow(long id, String displayName, String username) {}

    /** An attempt of a current learner at one of the class's assignments, as it stands. */
    record AttemptRow(
            UUID id,
            long assignmentId,
            long userId,
            int number,
            String state,
            boolean immediateFeedback,
            int answered,
            double score,
            int questionCount) {

        boolean finished() {
            return !"IN_PROGRESS".equals(state);
        }

        double percent() {
            return ClassDashboardReads.percent(score, questionCount);
        }

        /** How many of its answers count: all once it is finished or with immediate feedback, else none yet. */
        int counted() {
            return finished() || immediateFeedback ? answered : 0;
        }
    }

    /**
     * Counted answers to a question (of one version), grouped: all the right ones together ({@code wrongAnswer}
     * null), each distinct wrong one (score below 1) apart.
     */
    record AnswerGroup(String questionId, String version, String wrongAnswer, long answers, double scoreSum) {}

    private final JdbcClient jdbc;

    ClassDashboardReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The class's current learners, by name. */
    List<LearnerRow> learners(long classId) {
        return jdbc.sql("SELECT u.id, u.display_name, u.username FROM enrolment e JOIN app_user u ON u.id = e.user_id"
                        + " WHERE e.classroom_id = :classId AND e.removed_at IS NULL ORDER BY u.display_name, u.id")
                .param("classId", classId)
                .query((rs, n) -> new LearnerRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Streams (user id, question id, latest score) for the current learners; zero scores add nothing to mastery. */
    void latestScores(long classId, RowCallbackHandler rows) {
        jdbc.sql("SELECT s.user_id, s.question_id, s.last_score FROM enrolment e"
                        + " JOIN progress_question_state s ON s.user_id = e.user_id"
                        + " WHERE e.classroom_id = :classId AND e.removed_at IS NULL AND s.last_score > 0")
                .param("classId", classId)
                .query(rows);
    }

    /** Every attempt of a current learner at these assignments, by assignment, learner and attempt number. */
    List<AttemptRow> attempts(long classId, Collection<Long> assignments) {
        if (assignments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT a.id, a.assignment_id, a.user_id, a.attempt_number, a.attempt_state,"
                        + " a.immediate_feedback, a.answered_count, a.score, a.question_count FROM attempt a"
                        + " JOIN enrolment e ON e.classroom_id = :classId AND e.user_id = a.user_id"
                        + " AND e.removed_at IS NULL"
                        + " WHERE a.assignment_id IN (:assignments)"
                        + " ORDER BY a.assignment_id, a.user_id, a.attempt_number")
                .param("classId", classId)
                .param("assignments", assignments)
                .query((rs, n) -> new AttemptRow(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getInt(7),
                        rs.getDouble(8),
                        rs.getInt(9)))
                .list();
    }

    static double percent(double score, int questionCount) {
        return questionCount == 0 ? 0 : 100.0 * score / questionCount;
    }

    /** One answer of an attempt, in the order the attempt's answers were recorded. */
    record AnswerRow(UUID attemptId, String questionId, String version, String answerText, double score) {}

    /** The answers of these attempts, attempt by attempt, each attempt's in the order they were recorded. */
    List<AnswerRow> answersOf(Collection<UUID> attempts) {
        if (attempts.isEmpty()) {
            return List.of(); // "IN ()" is an error on PostgreSQL
        }
        return jdbc.sql("SELECT r.attempt_id, r.question_id, r.question_version, r.answer_text, r.score"
                        + " FROM attempt_response r WHERE r.attempt_id IN (:attempts) ORDER BY r.attempt_id, r.id")
                .param("attempts", attempts)
                .query((rs, n) -> new AnswerRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getDouble(5)))
                .list();
    }

    /**
     * The counted answers to every question of these assignments in one pass, right answers folded into one group
     * per question version, wrong ones grouped by their exact stored text.
     */
    List<AnswerGroup> answerGroups(long classId, Collection<Long> assignments) {
        if (assignments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT r.question_id, r.question_version,"
                        + " CASE WHEN r.score < 1 THEN r.answer_text END AS wrong_answer, COUNT(*), SUM(r.score)"
                        + COUNTED_ANSWERS
                        + " GROUP BY r.question_id, r.question_version,"
                        + " CASE WHEN r.score < 1 THEN r.answer_text END")
                .param("classId", classId)
                .param("assignments", assignments)
                .query((rs, n) -> new AnswerGroup(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getDouble(5)))
                .list();
    }
}
