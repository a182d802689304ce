package io.kubequiz.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubequiz.attempt.Attempts.ImportedAttempt;
import io.kubequiz.attempt.Attempts.ImportedQuestion;
import io.kubequiz.classroom.AssignmentMode;
import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.classroom.Classrooms;
import io.kubequiz.classroom.GradingMethod;
import io.kubequiz.classroom.ReviewTiming;
import io.kubequiz.content.Answer;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An attempt taken earlier is written as a real one would be, or refused when its assignment would have refused it. */
@SpringBootTest
@AutoConfigureMockMvc
class AttemptImportTest {

    @Autowired
    Attempts attempts;

    @Autowired
    Classrooms classrooms;

    @Autowired
    Assignments assignments;

    @Autowired
    QuestionBank bank;

    @Autowired
    JdbcClient jdbc;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private long learnerId;
    private AssignmentRules assessed;

    private long user(String role) {
        String name = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role, created_at)"
                        + " VALUES (?, ?, '{noop}unused-password-1', ?, ?)")
                .params(name, name, role, Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    @BeforeEach
    void aLearnerInAClassWithAnAssessment() {
        long classId = classrooms.createFor(user("TRAINER"), "Import", now.minus(Duration.ofDays(5)));
        learnerId = user("STUDENT");
        classrooms.enrol(classId, learnerId, now.minus(Duration.ofDays(5)));
        assessed = assignments.createFor(
                classId,
                "dns-names",
                AssignmentMode.ASSESSED,
                now.minus(Duration.ofDays(3)),
                null,
                2,
                20,
                GradingMethod.HIGHEST,
                ReviewTiming.AFTER_SUBMISSION,
                now.minus(Duration.ofDays(4)));
    }

    /** Every question of the quiz answered right, one a minute from {@code start}, the last one wrong. */
    private ImportedAttempt attempt(Instant start, Instant finish) {
        List<ImportedQuestion> questions = new ArrayList<>();
        List<String> ids = bank.quiz("dns-names").orElseThrow().questionIds();
        for (int i = 0; i < ids.size(); i++) {
            Question question = bank.question(ids.get(i)).orElseThrow();
            questions.add(new ImportedQuestion(
                    question.id(),
                    i == ids.size() - 1
                            ? Answer.of("wrong.name")
                            : question.body().modelAnswer(),
                    start.plus(Duration.ofMinutes(i + 1))));
        }
        return new ImportedAttempt(learnerId, assessed.id(), 42, start, finish, questions);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(learnerId).query(Long.class).single();
    }

    @Test
    void aFinishedAttemptKeepsItsTimesAndItsAnswersReachProgressAtSubmission() {
        Instant start = now.minus(Duration.ofDays(1));
        UUID id = attempts.importAttempt(attempt(start, start.plus(Duration.ofMinutes(12))));

        var row = jdbc.sql("SELECT attempt_state, score, answered_count, attempt_number, deadline FROM attempt"
                        + " WHERE id = ?")
                .param(id)
                .query((rs, n) -> List.of(
                        rs.getString(1),
                        rs.getDouble(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .single();
        assertThat(row).containsExactly("SUBMITTED", 9.0, 10, 1, start.plus(Duration.ofMinutes(20)));
        assertThat(count("SELECT COUNT(*) FROM progress_question_state WHERE user_id = ?"))
                .isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM progress_question_state WHERE user_id = ? AND last_score = 1"))
                .isEqualTo(9);
        assertThat(jdbc.sql("SELECT MAX(last_answered_at) FROM progress_question_state WHERE user_id = ?")
                        .param(learnerId)
                        .query(Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(start.plus(Duration.ofMinutes(10)));
    }

    @Test
    void anAttemptStillInProgressWithDeferredFeedbackMakesNoProgressYet() {
        Instant start = now.minus(Duration.ofMinutes(15));
        attempts.importAttempt(attempt(start, null));

        assertThat(count("SELECT COUNT(*) FROM attempt WHERE user_id = ? AND attempt_state = 'IN_PROGRESS'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM progress_question_state WHERE user_id = ?"))
                .isZero();
    }

    @Test
    void whatTheAssignmentWouldHaveRefusedIsRefusedAndNothingIsStored() {
        Instant start = now.minus(Duration.ofDays(1));
        assertThatThrownBy(() -> attempts.importAttempt(attempt(start, start.plus(Duration.ofMinutes(25)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time ran out");
        Instant beforeOpening = now.minus(Duration.ofDays(4));
        assertThatThrownBy(() -> attempts.importAttempt(attempt(beforeOpening, beforeOpening.plusSeconds(900))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not open");
        assertThat(count("SELECT COUNT(*) FROM attempt WHERE user_id = ?")).isZero();

        attempts.importAttempt(attempt(start, start.plusSeconds(900)));
        attempts.importAttempt(attempt(start.plusSeconds(3600), start.plusSeconds(4500)));
        assertThatThrownBy(() -> attempts.importAttempt(attempt(start.plusSeconds(7200), start.plusSeconds(8100))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no attempt left");
        assertThat(count("SELECT COUNT(*) FROM attempt WHERE user_id = ?")).isEqualTo(2);
    }
}
