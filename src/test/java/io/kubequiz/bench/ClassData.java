package io.kubequiz.bench;

import io.kubequiz.content.Answer;
import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Difficulty;
import io.kubequiz.content.NumericBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.Quiz;
import io.kubequiz.content.TrueFalseBody;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a big class straight into the tables with batched JDBC: {@code learners} learners, each with
 * {@code attemptsEach} finished attempts of {@code questions} questions at one assessed assignment, graded with the
 * bank's own grading, and the learners' progress states. Learners have an ability and questions a difficulty, so the
 * figures look like a real class's; wrong answers mostly repeat one misconception per question.
 */
final class ClassData {

    record Made(long trainerId, long classId, long assignmentId, long responses) {}

    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final QuestionBank bank;
    private final Random random = new Random(42);

    ClassData(JdbcTemplate jdbc, QuestionBank bank) {
        this.jdbc = jdbc;
        this.bank = bank;
    }

    Made make(String quizId, int learners, int attemptsEach) {
        Quiz quiz = bank.quiz(quizId).orElseThrow();
        Instant now = Instant.now();
        long trainerId = user("bench-trainer", "TRAINER", now);
        long classId = insertClass(trainerId, now);
        long assignmentId = insertAssignment(classId, quizId, now);
        List<Object[]> users = new ArrayList<>();
        for (int i = 1; i <= learners; i++) {
            users.add(new Object[] {"bench-" + i, "Learner " + i, "{noop}x", "STUDENT", Timestamp.from(now)});
        }
        jdbc.batchUpdate(
                "INSERT INTO app_user (username, display_name, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)",
                users);
        List<Long> learnerIds = jdbc.queryForList(
                "SELECT id FROM app_user WHERE role = 'STUDENT' AND username LIKE 'bench-%' ORDER BY id", Long.class);
        jdbc.batchUpdate(
                "INSERT INTO enrolment (classroom_id, user_id, joined_at) VALUES (?, ?, ?)",
                learnerIds.stream()
                        .map(id -> new Object[] {classId, id, Timestamp.from(now)})
                        .toList());

        Map<String, Double> difficulty = new HashMap<>();
        quiz.questionIds()
                .forEach(id -> difficulty.put(id, difficultyOf(bank.question(id).orElseThrow())));
        Batches batches = new Batches();
        long responses = 0;
        for (long learnerId : learnerIds) {
            double ability = random.nextGaussian();
            Map<String, Double> latest = new HashMap<>();
            for (int number = 1; number <= attemptsEach; number++) {
                List<String> ids = new ArrayList<>(quiz.questionIds());
                Collections.shuffle(ids, random);
                List<String> chosen = ids.subList(0, quiz.questionCount());
                Instant started = now.minus(Duration.ofDays(attemptsEach - number + 1));
                UUID attemptId = UUID.randomUUID();
                double total = 0;
                List<Object[]> items = new ArrayList<>();
                List<Object[]> answers = new ArrayList<>();
                for (int i = 0; i < chosen.size(); i++) {
                    Question q = bank.question(chosen.get(i)).orElseThrow();
                    double p = 1 / (1 + Math.exp(-(ability + 0.4 * number - difficulty.get(q.id()))));
                    Answer answer = random.nextDouble() < p ? q.body().modelAnswer() : wrong(q);
                    double score = q.grade(answer).score();
                    total += score;
                    latest.put(q.id(), score);
                    items.add(new Object[] {attemptId, i, q.id(), q.version()});
                    answers.add(new Object[] {
                        attemptId,
                        q.id(),
                        q.version(),
                        answer.encode(),
                        score,
                        Timestamp.from(started.plusSeconds(20L * i))
                    });
                }
                batches.attempts.add(new Object[] {
                    attemptId,
                    learnerId,
                    quizId,
                    assignmentId,
                    number,
                    random.nextLong(),
                    chosen.size(),
                    chosen.size(),
                    total,
                    Timestamp.from(started),
                    Timestamp.from(started.plusSeconds(1_500))
                });
                batches.items.addAll(items);
                batches.responses.addAll(answers);
                responses += answers.size();
                batches.flushIfFull();
            }
            latest.forEach((questionId, score) -> batches.states.add(
                    new Object[] {learnerId, questionId, score, Timestamp.from(now), 1, score >= 1 ? 1 : 0}));
        }
        batches.flush();
        return new Made(trainerId, classId, assignmentId, responses);
    }

    /** Mostly the question's misconception (its first wrong option, or a near miss); sometimes another wrong one. */
    private Answer wrong(Question q) {
        if (q.body() instanceof ChoiceBody body) {
            List<String> wrongIds = body.options().stream()
                    .filter(o -> !o.correct())
                    .map(ChoiceBody.Option::id)
                    .toList();
            int pick = random.nextDouble() < 0.7 ? 0 : random.nextInt(wrongIds.size());
            return Answer.of(wrongIds.get(pick));
        }
        if (q.body() instanceof TrueFalseBody body) {
            return Answer.of(Boolean.toString(!body.answer()));
        }
        if (q.body() instanceof NumericBody body) {
            double right = body.value() != null ? body.value() : body.max() != null ? body.max() : body.min();
            return Answer.of(Long.toString(Math.round(right + 1_000 + body.tolerance())));
        }
        List<String> values = new ArrayList<>(q.body().modelAnswer().values());
        if (values.size() > 1) {
            Collections.reverse(values); // ordering steps reversed, or matching pairs' order (graded per pair)
            return new Answer(values);
        }
        return Answer.of(values.isEmpty() ? "?" : values.get(0).replaceFirst("\\.[a-z-]+\\.svc", ".svc"));
    }

    private static double difficultyOf(Question q) {
        Difficulty d = q.difficulty();
        return d == Difficulty.EASY ? -1.2 : d == Difficulty.HARD ? 1.0 : 0;
    }

    private long user(String username, String role, Instant now) {
        jdbc.update(
                "INSERT INTO app_user (username, display_name, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)",
                username,
                "Bench trainer",
                "{noop}x",
                role,
                Timestamp.from(now));
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    private long insertClass(long trainerId, Instant now) {
        jdbc.update(
                "INSERT INTO classroom (trainer_id, name, join_code, archived, created_at) VALUES (?, ?, ?, FALSE, ?)",
                trainerId,
                "Bench class",
                "BENCH234",
                Timestamp.from(now));
        return jdbc.queryForObject("SELECT id FROM classroom WHERE join_code = 'BENCH234'", Long.class);
    }

    private long insertAssignment(long classId, String quizId, Instant now) {
        jdbc.update(
                "INSERT INTO assignment (classroom_id, quiz_id, assignment_mode, opens_at, attempts_allowed,"
                        + " grading_method, review_timing, created_at)"
                        + " VALUES (?, ?, 'ASSESSED', ?, 3, 'HIGHEST', 'AFTER_SUBMISSION', ?)",
                classId,
                quizId,
                Timestamp.from(now.minus(Duration.ofDays(30))),
                Timestamp.from(now));
        return jdbc.queryForObject("SELECT MAX(id) FROM assignment WHERE classroom_id = ?", Long.class, classId);
    }

    /** Rows waiting to be written, parents before children. */
    private final class Batches {
        final List<Object[]> attempts = new ArrayList<>();
        final List<Object[]> items = new ArrayList<>();
        final List<Object[]> responses = new ArrayList<>();
        final List<Object[]> states = new ArrayList<>();

        void flushIfFull() {
            if (responses.size() >= BATCH * 10) {
                flush();
            }
        }

        void flush() {
            jdbc.batchUpdate(
                    "INSERT INTO attempt (id, user_id, quiz_id, assignment_id, attempt_number, seed, question_count,"
                            + " answered_count, score, started_at, finished_at, attempt_mode, attempt_state,"
                            + " immediate_feedback, lock_version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ASSESSED', 'SUBMITTED', FALSE, 0)",
                    attempts,
                    BATCH,
                    (ps, row) -> setAll(ps, row));
            jdbc.batchUpdate(
                    "INSERT INTO attempt_item (attempt_id, item_index, question_id, question_version) VALUES (?, ?, ?, ?)",
                    items,
                    BATCH,
                    (ps, row) -> setAll(ps, row));
            jdbc.batchUpdate(
                    "INSERT INTO attempt_response (attempt_id, question_id, question_version, answer_text, score,"
                            + " answered_at) VALUES (?, ?, ?, ?, ?, ?)",
                    responses,
                    BATCH,
                    (ps, row) -> setAll(ps, row));
            jdbc.batchUpdate(
                    "INSERT INTO progress_question_state (user_id, question_id, last_score, last_answered_at,"
                            + " answer_count, correct_count) VALUES (?, ?, ?, ?, ?, ?)",
                    states,
                    BATCH,
                    (ps, row) -> setAll(ps, row));
            attempts.clear();
            items.clear();
            responses.clear();
            states.clear();
        }

        private static void setAll(java.sql.PreparedStatement ps, Object[] row) throws java.sql.SQLException {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        }
    }
}
