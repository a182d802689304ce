package io.kubequiz.dashboard;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The class page's read model: one SQL statement per block, whatever the class size, aggregated in the database
 * where the definition allows it. Only the class's current learners count (a removed learner keeps their answers,
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

    record FinishedAttempt(long assignmentId, long userId, double percent) {}

    record QuestionRow(String questionId, long answers, double meanScore) {}

    record WrongRow(String questionId, String version, String answerText, long answers) {}

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

    /** Finished attempts of current learners at these assignments, by assignment, learner and attempt number. */
    List<FinishedAttempt> finishedAttempts(long classId, Collection<Long> assignments) {
        return jdbc.sql("SELECT a.assignment_id, a.user_id, a.score, a.question_count FROM attempt a"
                        + " JOIN enrolment e ON e.classroom_id = :classId AND e.user_id = a.user_id"
                        + " AND e.removed_at IS NULL"
                        + " WHERE a.assignment_id IN (:assignments) AND a.attempt_state IN ('SUBMITTED', 'EXPIRED')"
                        + " ORDER BY a.assignment_id, a.user_id, a.attempt_number")
                .param("classId", classId)
                .param("assignments", assignments)
                .query((rs, n) ->
                        new FinishedAttempt(rs.getLong(1), rs.getLong(2), percent(rs.getDouble(3), rs.getInt(4))))
                .list();
    }

    static double percent(double score, int questionCount) {
        return questionCount == 0 ? 0 : 100.0 * score / questionCount;
    }

    /** The questions with the lowest mean score, among those answered at least {@code minAnswers} times. */
    List<QuestionRow> mostMissed(long classId, Collection<Long> assignments, int minAnswers, int limit) {
        return jdbc.sql("SELECT r.question_id, COUNT(*) AS answers, AVG(r.score) AS mean_score"
                        + COUNTED_ANSWERS
                        + " GROUP BY r.question_id HAVING COUNT(*) >= :minAnswers"
                        + " ORDER BY mean_score, r.question_id FETCH FIRST " + limit + " ROWS ONLY")
                .param("classId", classId)
                .param("assignments", assignments)
                .param("minAnswers", minAnswers)
                .query((rs, n) -> new QuestionRow(rs.getString(1), rs.getLong(2), rs.getDouble(3)))
                .list();
    }

    /**
     * The wrong answers (score below 1) most often given to these questions, grouped by exact stored answer and
     * question version, the {@code perQuestion} most frequent of each question.
     */
    List<WrongRow> wrongAnswers(
            long classId, Collection<Long> assignments, Collection<String> questions, int perQuestion) {
        return jdbc.sql("SELECT question_id, question_version, answer_text, answers FROM ("
                        + "SELECT r.question_id, r.question_version, r.answer_text, COUNT(*) AS answers,"
                        + " ROW_NUMBER() OVER (PARTITION BY r.question_id"
                        + " ORDER BY COUNT(*) DESC, r.answer_text, r.question_version) AS rank_in_question"
                        + COUNTED_ANSWERS
                        + " AND r.score < 1 AND r.question_id IN (:questions)"
                        + " GROUP BY r.question_id, r.question_version, r.answer_text) ranked"
                        + " WHERE rank_in_question <= " + perQuestion)
                .param("classId", classId)
                .param("assignments", assignments)
                .param("questions", questions)
                .query((rs, n) -> new WrongRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }
}
