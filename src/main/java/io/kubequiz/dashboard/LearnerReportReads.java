package io.kubequiz.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The learner page's read model: the enrolment, the latest scores, and the attempts with their answers. */
@Component
class LearnerReportReads {

    record Enrolled(String displayName, String username, boolean removed) {}

    /** One question of one attempt, with the attempt's columns repeated. */
    record AttemptLine(
            UUID attemptId,
            String quizId,
            int attemptNumber,
            String state,
            double score,
            int questionCount,
            int answeredCount,
            Instant startedAt,
            Instant finishedAt,
            int itemIndex,
            String questionId,
            String questionVersion,
            String answerText,
            Double answerScore) {}

    private final JdbcClient jdbc;

    LearnerReportReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The learner, if they are or were in the class. */
    Optional<Enrolled> enrolled(long classId, long learnerId) {
        return jdbc.sql("SELECT u.display_name, u.username, e.removed_at FROM enrolment e"
                        + " JOIN app_user u ON u.id = e.user_id WHERE e.classroom_id = ? AND e.user_id = ?")
                .params(classId, learnerId)
                .query((rs, n) -> new Enrolled(rs.getString(1), rs.getString(2), rs.getObject(3) != null))
                .optional();
    }

    /** The learner's latest score per question. */
    Map<String, Double> latestScores(long learnerId) {
        return jdbc.sql("SELECT question_id, last_score FROM progress_question_state WHERE user_id = ?")
                .param(learnerId)
                .query((ResultSet rs) -> {
                    Map<String, Double> scores = new java.util.HashMap<>();
                    while (rs.next()) {
                        scores.put(rs.getString(1), rs.getDouble(2));
                    }
                    return scores;
                });
    }

    /** The learner's attempts at these assignments, newest first, each question in the order shown. */
    List<AttemptLine> attempts(long learnerId, Collection<Long> assignments) {
        return jdbc.sql("SELECT a.id, a.quiz_id, a.attempt_number, a.attempt_state, a.score, a.question_count,"
                        + " a.answered_count, a.started_at, a.finished_at, i.item_index, i.question_id,"
                        + " i.question_version, r.answer_text, r.score"
                        + " FROM attempt a JOIN attempt_item i ON i.attempt_id = a.id"
                        + " LEFT JOIN attempt_response r ON r.attempt_id = a.id AND r.question_id = i.question_id"
                        + " WHERE a.user_id = :learnerId AND a.assignment_id IN (:assignments)"
                        + " ORDER BY a.started_at DESC, a.id, i.item_index")
                .param("learnerId", learnerId)
                .param("assignments", assignments)
                .query((rs, n) -> new AttemptLine(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getDouble(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        instant(rs, 8),
                        instant(rs, 9),
                        rs.getInt(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getObject(14) == null ? null : rs.getDouble(14)))
                .list();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
