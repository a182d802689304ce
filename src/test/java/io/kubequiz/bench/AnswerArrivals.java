package io.kubequiz.bench;

import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.Quiz;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Answers arriving while a class works, written as the application writes them: learners take a fourth attempt with
 * immediate feedback, and each call records one more right answer (a response row, the attempt's count and score).
 */
final class AnswerArrivals {

    private static final int ANSWERS_PER_ATTEMPT = 50;

    private final JdbcTemplate jdbc;
    private final Quiz quiz;
    private final QuestionBank bank;
    private final long assignmentId;
    private UUID attempt;

    AnswerArrivals(JdbcTemplate jdbc, QuestionBank bank, long assignmentId) {
        this.jdbc = jdbc;
        this.bank = bank;
        this.assignmentId = assignmentId;
        String quizId = jdbc.queryForObject("SELECT quiz_id FROM assignment WHERE id = ?", String.class, assignmentId);
        this.quiz = bank.quiz(quizId).orElseThrow();
    }

    void next(int i) {
        int inAttempt = i % ANSWERS_PER_ATTEMPT;
        Instant now = Instant.now();
        if (inAttempt == 0) {
            attempt = UUID.randomUUID();
            long learner = jdbc.queryForObject(
                    "SELECT id FROM app_user WHERE username = ?", Long.class, "bench-" + (i / ANSWERS_PER_ATTEMPT + 1));
            jdbc.update(
                    "INSERT INTO attempt (id, user_id, quiz_id, assignment_id, attempt_number, seed, question_count,"
                            + " answered_count, score, started_at, attempt_mode, attempt_state, immediate_feedback,"
                            + " lock_version) VALUES (?, ?, ?, ?, 4, 1, ?, 0, 0, ?, 'PRACTICE', 'IN_PROGRESS', TRUE, 0)",
                    attempt,
                    learner,
                    quiz.id(),
                    assignmentId,
                    quiz.questionCount(),
                    Timestamp.from(now));
        }
        Question question = bank.question(quiz.questionIds().get(inAttempt)).orElseThrow();
        jdbc.update(
                "INSERT INTO attempt_response (attempt_id, question_id, question_version, answer_text, score,"
                        + " answered_at) VALUES (?, ?, ?, ?, 1, ?)",
                attempt,
                question.id(),
                question.version(),
                question.body().modelAnswer().encode(),
                Timestamp.from(now));
        jdbc.update("UPDATE attempt SET answered_count = answered_count + 1, score = score + 1 WHERE id = ?", attempt);
    }
}
