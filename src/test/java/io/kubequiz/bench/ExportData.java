package io.kubequiz.bench;

import io.kubequiz.content.Answer;
import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.NumericBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.Quiz;
import io.kubequiz.content.TrueFalseBody;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * Writes a class with many answers straight into the tables with batched JDBC, for the export benchmark: learners,
 * assignments of bank quizzes, finished attempts and their responses (each a real answer to a real question of the
 * bank, right or wrong, with the bank's own score), so that turning answers into text does its real work. Only what
 * the exports read is written (no attempt items).
 */
final class ExportData {

    /** A quiz assigned to the bench class, and how many finished attempts each learner made at it. */
    record Assigned(String quizId, int attemptsEach) {}

    record Made(long classId, long responses) {}

    /** An answer to a question, already encoded and graded: grading a million answers one by one costs seconds. */
    private record Given(String encoded, double score) {}

    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final QuestionBank bank;
    private final Random random = new Random(7);
    private final Map<String, List<Given>> answers = new HashMap<>();

    ExportData(JdbcTemplate jdbc, QuestionBank bank) {
        this.jdbc = jdbc;
        this.bank = bank;
    }

    Made make(String trainer, int learners, List<Assigned> assignments) {
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        jdbc.update(
                "INSERT INTO app_user (username, display_name, password_hash, role, created_at)"
                        + " VALUES (?, 'Export trainer', '{noop}x', 'TRAINER', ?)",
                trainer,
                at);
        long trainerId = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, trainer);
        jdbc.update(
                "INSERT INTO classroom (trainer_id, name, join_code, archived, created_at)"
                        + " VALUES (?, 'Export class', NULL, FALSE, ?)",
                trainerId,
                at);
        long classId = jdbc.queryForObject("SELECT MAX(id) FROM classroom WHERE trainer_id = ?", Long.class, trainerId);
        List<Object[]> users = new ArrayList<>();
        for (int i = 1; i <= learners; i++) {
            // Display names that need CSV quoting or neutralising now and then, as real ones do.
            String name = i % 50 == 0 ? "=Learner, \"" + i + "\"" : "Learner " + i;
            users.add(new Object[] {String.format("exp-%05d", i), name, "{noop}x", "STUDENT", at});
        }
        jdbc.batchUpdate(
                "INSERT INTO app_user (username, display_name, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)",
                users);
        List<Long> learnerIds =
                jdbc.queryForList("SELECT id FROM app_user WHERE username LIKE 'exp-%' ORDER BY id", Long.class);
        jdbc.batchUpdate(
                "INSERT INTO enrolment (classroom_id, user_id, joined_at) VALUES (?, ?, ?)",
                learnerIds.stream().map(id -> new Object[] {classId, id, at}).toList());

        Rows rows = new Rows();
        long responses = 0;
        for (Assigned assigned : assignments) {
            Quiz quiz = bank.quiz(assigned.quizId()).orElseThrow();
            long assignmentId = assignment(classId, quiz.id(), now);
            List<Question> questions = quiz.questionIds().stream()
                    .map(id -> bank.question(id).orElseThrow())
                    .toList();
            questions.forEach(q -> answers.computeIfAbsent(q.id(), id -> answersTo(q)));
            for (long learnerId : learnerIds) {
                for (int number = 1; number <= assigned.attemptsEach(); number++) {
                    responses += attempt(rows, learnerId, quiz, assignmentId, number, questions, now);
                    rows.flushIfFull();
                }
            }
        }
        rows.flush();
        return new Made(classId, responses);
    }

    private int attempt(
            Rows rows,
            long learnerId,
            Quiz quiz,
            long assignmentId,
            int number,
            List<Question> questions,
            Instant now) {
        List<Question> shuffled = new ArrayList<>(questions);
        Collections.shuffle(shuffled, random);
        List<Question> chosen = shuffled.subList(0, quiz.questionCount());
        Instant started = now.minus(Duration.ofHours(number * 3L));
        UUID attemptId = UUID.randomUUID();
        double total = 0;
        for (int i = 0; i < chosen.size(); i++) {
            Question q = chosen.get(i);
            List<Given> given = answers.get(q.id());
            Given answer = random.nextDouble() < 0.65 ? given.get(0) : given.get(1 + random.nextInt(given.size() - 1));
            total += answer.score();
            rows.responses.add(new Object[] {
                attemptId,
                q.id(),
                q.version(),
                answer.encoded(),
                answer.score(),
                Timestamp.from(started.plusSeconds(20L * i))
            });
        }
        rows.attempts.add(new Object[] {
            attemptId,
            learnerId,
            quiz.id(),
            assignmentId,
            number,
            chosen.size(),
            chosen.size(),
            total,
            Timestamp.from(started),
            Timestamp.from(started.plusSeconds(20L * chosen.size()))
        });
        return chosen.size();
    }

    /** The right answer first, then a few wrong ones, each graded by the bank. */
    private List<Given> answersTo(Question q) {
        List<Given> given = new ArrayList<>();
        Answer right = q.body().modelAnswer();
        given.add(new Given(right.encode(), q.grade(right).score()));
        for (int k = 0; k < 3; k++) {
            Answer wrong = wrong(q);
            given.add(new Given(wrong.encode(), q.grade(wrong).score()));
        }
        return given;
    }

    /** A wrong answer of the question's kind. */
    private Answer wrong(Question q) {
        if (q.body() instanceof ChoiceBody body) {
            List<String> wrongIds = body.options().stream()
                    .filter(o -> !o.correct())
                    .map(ChoiceBody.Option::id)
                    .toList();
            return Answer.of(wrongIds.get(random.nextInt(wrongIds.size())));
        }
        if (q.body() instanceof TrueFalseBody body) {
            return Answer.of(Boolean.toString(!body.answer()));
        }
        if (q.body() instanceof NumericBody body) {
            double right = body.value() != null ? body.value() : body.max() != null ? body.max() : body.min();
            return Answer.of(Long.toString(Math.round(-right - 1_000 - body.tolerance())));
        }
        List<String> values = new ArrayList<>(q.body().modelAnswer().values());
        if (values.size() > 1) {
            Collections.reverse(values);
            return new Answer(values);
        }
        return Answer.of(values.isEmpty() ? "?" : values.get(0).replaceFirst("\\.[a-z-]+\\.svc", ".svc"));
    }

    private long assignment(long classId, String quizId, Instant now) {
        jdbc.update(
                "INSERT INTO assignment (classroom_id, quiz_id, assignment_mode, opens_at, grading_method,"
                        + " review_timing, created_at) VALUES (?, ?, 'ASSESSED', ?, 'HIGHEST', 'AFTER_SUBMISSION', ?)",
                classId,
                quizId,
                Timestamp.from(now.minus(Duration.ofDays(90))),
                Timestamp.from(now));
        return jdbc.queryForObject("SELECT MAX(id) FROM assignment WHERE classroom_id = ?", Long.class, classId);
    }

    /** Rows waiting to be written, attempts before their responses. */
    private final class Rows {
        final List<Object[]> attempts = new ArrayList<>();
        final List<Object[]> responses = new ArrayList<>();

        void flushIfFull() {
            if (responses.size() >= BATCH * 4) {
                flush();
            }
        }

        void flush() {
            jdbc.batchUpdate(
                    "INSERT INTO attempt (id, user_id, quiz_id, assignment_id, attempt_number, seed, question_count,"
                            + " answered_count, score, started_at, finished_at, attempt_mode, attempt_state,"
                            + " immediate_feedback, lock_version)"
                            + " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, 'ASSESSED', 'SUBMITTED', FALSE, 0)",
                    attempts,
                    BATCH,
                    Rows::setAll);
            jdbc.batchUpdate(
                    "INSERT INTO attempt_response (attempt_id, question_id, question_version, answer_text, score,"
                            + " answered_at) VALUES (?, ?, ?, ?, ?, ?)",
                    responses,
                    BATCH,
                    Rows::setAll);
            attempts.clear();
            responses.clear();
        }

        private static void setAll(PreparedStatement ps, Object[] row) throws SQLException {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        }
    }
}
