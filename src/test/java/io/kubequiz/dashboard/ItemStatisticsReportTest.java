package io.kubequiz.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kubequiz.account.AccountUser;
import io.kubequiz.content.QuestionType;
import io.kubequiz.dashboard.ItemStatisticsReport.AttemptSelection;
import io.kubequiz.dashboard.ItemStatisticsReport.OptionFigures;
import io.kubequiz.dashboard.ItemStatisticsReport.QuestionFigures;
import io.kubequiz.dashboard.ItemStatisticsReport.Report;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The report over rows written straight into the tables, for what the forms cannot produce: a question that is no
 * longer in the bank (read from its stored version), an expired attempt, and attempts whose every question was
 * answered mixed with attempts with questions left unanswered.
 *
 * <pre>
 *   learner / attempt     state         s71-sidecar-localhost   gone-question      answered
 *   U1 #1                 EXPIRED       1 (localhost)           0 (node-nat)       2 of 2
 *   U2 #1                 SUBMITTED     – (not answered)        1 (localhost)      1 of 2
 *   U2 #2                 IN_PROGRESS   1 (localhost)           –                  never counted
 * </pre>
 *
 * "gone-question" is stored as a copy of s71-sidecar-localhost's content (same options) under an id the bank does
 * not have.
 */
@SpringBootTest
class ItemStatisticsReportTest {

    private static final String KEPT = "s71-sidecar-localhost";
    private static final String GONE = "gone-question";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ItemStatisticsReport report;

    @Autowired
    UserDetailsService users;

    private AccountUser admin;
    private long classId;
    private long assignmentId;

    @BeforeEach
    void rows() {
        admin = (AccountUser) users.loadUserByUsername("admin");
        Timestamp now = Timestamp.from(Instant.now());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "INSERT INTO classroom (trainer_id, name, archived, created_at) VALUES (?, ?, FALSE, ?)",
                admin.id(),
                "direct " + suffix,
                now);
        classId = jdbc.queryForObject("SELECT MAX(id) FROM classroom", Long.class);
        jdbc.update(
                "INSERT INTO assignment (classroom_id, quiz_id, assignment_mode, opens_at, grading_method,"
                        + " review_timing, created_at) VALUES (?, 'golden-rules', 'ASSESSED', ?, 'HIGHEST',"
                        + " 'AFTER_SUBMISSION', ?)",
                classId,
                now,
                now);
        assignmentId = jdbc.queryForObject("SELECT MAX(id) FROM assignment", Long.class);
        String keptVersion = jdbc.queryForObject(
                "SELECT MIN(version) FROM question_version WHERE question_id = ?", String.class, KEPT);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM question_version WHERE question_id = ?", Long.class, GONE) == 0) {
            jdbc.update(
                    "INSERT INTO question_version (question_id, version, content, created_at)"
                            + " SELECT ?, 'v-gone', content, created_at FROM question_version"
                            + " WHERE question_id = ? AND version = ?",
                    GONE,
                    KEPT,
                    keptVersion);
        }
        long u1 = user("u1-" + suffix, now);
        long u2 = user("u2-" + suffix, now);
        attempt(u1, 1, "EXPIRED", 2, 1.0, now, keptVersion, new String[] {"localhost", "node-nat"}, 1.0, 0.0);
        attempt(u2, 1, "SUBMITTED", 1, 1.0, now, keptVersion, new String[] {null, "localhost"}, 0.0, 1.0);
        attempt(u2, 2, "IN_PROGRESS", 1, 1.0, now, keptVersion, new String[] {"localhost", null}, 1.0, 0.0);
    }

    private long user(String name, Timestamp now) {
        jdbc.update(
                "INSERT INTO app_user (username, display_name, password_hash, role, created_at)"
                        + " VALUES (?, ?, 'x', 'STUDENT', ?)",
                name,
                name,
                now);
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, name);
    }

    /** An attempt at {@link #KEPT} then {@link #GONE}; a null answer leaves that question unanswered. */
    private void attempt(
            long userId,
            int number,
            String state,
            int answered,
            double score,
            Timestamp now,
            String keptVersion,
            String[] answers,
            double... scores) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO attempt (id, user_id, quiz_id, attempt_mode, attempt_state, seed, question_count,"
                        + " answered_count, score, started_at, finished_at, lock_version, assignment_id, attempt_number)"
                        + " VALUES (?, ?, 'golden-rules', 'PRACTICE', ?, 1, 2, ?, ?, ?, ?, 0, ?, ?)",
                id,
                userId,
                state,
                answered,
                score,
                now,
                "IN_PROGRESS".equals(state) ? null : now,
                assignmentId,
                number);
        String[] questions = {KEPT, GONE};
        String[] versions = {keptVersion, "v-gone"};
        for (int i = 0; i < 2; i++) {
            jdbc.update(
                    "INSERT INTO attempt_item (attempt_id, item_index, question_id, question_version)"
                            + " VALUES (?, ?, ?, ?)",
                    id,
                    i,
                    questions[i],
                    versions[i]);
            if (answers[i] != null) {
                jdbc.update(
                        "INSERT INTO attempt_response (attempt_id, question_id, question_version, answer_text,"
                                + " score, answered_at) VALUES (?, ?, ?, ?, ?, ?)",
                        id,
                        questions[i],
                        versions[i],
                        answers[i],
                        scores[i],
                        now);
            }
        }
    }

    private static double rate(QuestionFigures question, String optionId) {
        return question.options().stream()
                .filter(o -> o.optionId().equals(optionId))
                .findFirst()
                .map(OptionFigures::pickRate)
                .orElseThrow();
    }

    @Test
    void aQuestionNoLongerInTheBankIsReadFromItsStoredVersionAndComesLast() {
        Report all = report.compute(classId, assignmentId, AttemptSelection.ALL, admin);

        // Two finished attempts (the expired one counts, the one in progress does not), two questions each.
        assertThat(all.test().attempts()).isEqualTo(2);
        assertThat(all.test().sameQuestions()).isTrue();
        assertThat(all.questions()).extracting(QuestionFigures::questionId).containsExactly(KEPT, GONE);

        // KEPT: (1, 0 unanswered) → facility 50. GONE: (0, 1) → facility 50, localhost and node-nat once each.
        QuestionFigures kept = all.questions().get(0);
        assertThat(kept.position()).isEqualTo(1);
        assertThat(kept.attempts()).isEqualTo(2);
        assertThat(kept.facilityIndex()).isCloseTo(50, within(1e-9));
        assertThat(rate(kept, "localhost")).isCloseTo(0.5, within(1e-9));
        QuestionFigures gone = all.questions().get(1);
        assertThat(gone.position()).isEqualTo(2);
        assertThat(gone.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(gone.attempts()).isEqualTo(2);
        assertThat(gone.facilityIndex()).isCloseTo(50, within(1e-9));
        assertThat(rate(gone, "localhost")).isCloseTo(0.5, within(1e-9));
        assertThat(rate(gone, "node-nat")).isCloseTo(0.5, within(1e-9));
        assertThat(gone.options())
                .filteredOn(OptionFigures::correct)
                .extracting(OptionFigures::optionId)
                .containsExactly("localhost");
        // Totals (1, 1) of 2: every spread of the totals is 0, so alpha is undefined.
        assertThat(all.test().standardDeviation()).isEqualTo(0.0);
        assertThat(all.test().cronbachAlpha()).isNull();
    }

    @Test
    void theLastFinishedAttemptIgnoresTheOneInProgress() {
        Report last = report.compute(classId, assignmentId, AttemptSelection.LAST, admin);

        // U1 #1 and U2 #1 (U2 #2 is still in progress): the same two attempts as "all".
        assertThat(last.test().attempts()).isEqualTo(2);
        assertThat(last.questions().get(1).facilityIndex()).isCloseTo(50, within(1e-9));
    }
}
