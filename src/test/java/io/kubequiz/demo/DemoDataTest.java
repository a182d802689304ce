package io.kubequiz.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kubequiz.account.AccountUser;
import io.kubequiz.classroom.AssignmentMode;
import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.classroom.ClassroomLine;
import io.kubequiz.classroom.Classrooms;
import io.kubequiz.classroom.GradingMethod;
import io.kubequiz.classroom.ReviewTiming;
import io.kubequiz.content.Answer;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Learner;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Demo mode on an empty database: the accounts, the class, the assignments, and answers as real ones would be. */
@SpringBootTest(properties = "kubequiz.demo=true")
@AutoConfigureMockMvc
class DemoDataTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionBank bank;

    @Autowired
    Classrooms classrooms;

    @Autowired
    Assignments assignments;

    @Autowired
    UserDetailsService users;

    @Autowired
    DemoData demoData;

    private static final Set<String> EXPECTED_LEARNERS = IntStream.rangeClosed(1, 30)
            .mapToObj(i -> String.format("demo-learner-%02d", i))
            .collect(Collectors.toSet());

    record AttemptRow(
            String id,
            long userId,
            long assignmentId,
            String quizId,
            int number,
            String state,
            int questionCount,
            int answeredCount,
            double score,
            Instant startedAt,
            Instant finishedAt,
            Instant deadline,
            boolean immediateFeedback) {

        double percent() {
            return 100 * score / questionCount;
        }

        boolean finished() {
            return !state.equals("IN_PROGRESS");
        }
    }

    record ResponseRow(
            String attemptId,
            long userId,
            String questionId,
            String version,
            String answerText,
            double score,
            Instant answeredAt) {}

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private List<AttemptRow> attempts() {
        return jdbc.sql("SELECT * FROM attempt")
                .query((rs, n) -> new AttemptRow(
                        rs.getString("id"),
                        rs.getLong("user_id"),
                        rs.getLong("assignment_id"),
                        rs.getString("quiz_id"),
                        rs.getInt("attempt_number"),
                        rs.getString("attempt_state"),
                        rs.getInt("question_count"),
                        rs.getInt("answered_count"),
                        rs.getDouble("score"),
                        instant(rs, "started_at"),
                        instant(rs, "finished_at"),
                        instant(rs, "deadline"),
                        rs.getBoolean("immediate_feedback")))
                .list();
    }

    private List<ResponseRow> responses() {
        return jdbc.sql("SELECT r.*, a.user_id FROM attempt_response r JOIN attempt a ON a.id = r.attempt_id")
                .query((rs, n) -> new ResponseRow(
                        rs.getString("attempt_id"),
                        rs.getLong("user_id"),
                        rs.getString("question_id"),
                        rs.getString("question_version"),
                        rs.getString("answer_text"),
                        rs.getDouble("score"),
                        instant(rs, "answered_at")))
                .list();
    }

    private AccountUser trainer() {
        return (AccountUser) users.loadUserByUsername("demo-trainer");
    }

    private long classId() {
        List<ClassroomLine> classes = classrooms.visibleTo(trainer());
        assertThat(classes).hasSize(1);
        return classes.get(0).id();
    }

    @Test
    void theDemoAccountsLogInWithTheirUsernameAsPasswordAndTheAdminStillExists() throws Exception {
        Learner trainer = Learner.logIn(mvc, "demo-trainer", "demo-trainer");
        Learner.logIn(mvc, "demo-learner-01", "demo-learner-01");
        Learner learner = Learner.logIn(mvc, "demo-learner-30", "demo-learner-30");
        Learner.logIn(mvc, "admin", "admin-pass-2026");

        assertThat(trainer.get("/classes/" + classId()).getResponse().getContentAsString())
                .contains("Démo — MicroK8s réseau")
                .contains("demo-learner-17");
        assertThat(learner.get("/progress").getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT role FROM app_user WHERE username = 'demo-trainer'")
                        .query(String.class)
                        .single())
                .isEqualTo("TRAINER");
    }

    @Test
    void thirtyLearnersAreInTheTrainersClass() {
        List<Classrooms.Learner> learners = classrooms.learners(classId(), trainer());

        assertThat(learners).hasSize(30);
        assertThat(learners.stream().map(Classrooms.Learner::username).collect(Collectors.toSet()))
                .isEqualTo(EXPECTED_LEARNERS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'STUDENT'")
                        .query(Long.class)
                        .single())
                .isEqualTo(30L);
    }

    @Test
    void threeAssignmentsWithTheirRules() {
        Map<String, AssignmentRules> byQuiz = assignments.ofClass(classId(), trainer()).stream()
                .collect(Collectors.toMap(AssignmentRules::quizId, Function.identity()));
        Instant now = Instant.now();

        assertThat(byQuiz).containsOnlyKeys("golden-rules", "dns-names", "service-types");
        AssignmentRules practice = byQuiz.get("golden-rules");
        assertThat(practice.mode()).isEqualTo(AssignmentMode.PRACTICE);
        assertThat(practice.openAt(now)).isTrue();
        assertThat(practice.opensAt()).isBefore(now.minus(Duration.ofDays(9)));
        AssignmentRules closed = byQuiz.get("dns-names");
        assertThat(closed.mode()).isEqualTo(AssignmentMode.ASSESSED);
        assertThat(closed.closed(now)).isTrue();
        assertThat(closed.attemptsAllowed()).isEqualTo(2);
        assertThat(closed.timeLimitMinutes()).isEqualTo(20);
        assertThat(closed.reviewTiming()).isEqualTo(ReviewTiming.AFTER_CLOSE);
        AssignmentRules open = byQuiz.get("service-types");
        assertThat(open.mode()).isEqualTo(AssignmentMode.ASSESSED);
        assertThat(open.openAt(now)).isTrue();
        assertThat(open.attemptsAllowed()).isEqualTo(3);
        assertThat(open.gradingMethod()).isEqualTo(GradingMethod.HIGHEST);
    }

    @Test
    void attemptsAreConsistentAndEveryAnswerIsGradedByItsQuestion() {
        List<AttemptRow> attempts = attempts();
        List<ResponseRow> responses = responses();
        Map<String, List<ResponseRow>> byAttempt =
                responses.stream().collect(Collectors.groupingBy(ResponseRow::attemptId));
        Map<String, Long> items = jdbc
                .sql("SELECT attempt_id, COUNT(*) FROM attempt_item GROUP BY attempt_id")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Instant now = Instant.now();

        assertThat(attempts).hasSizeGreaterThan(60);
        for (AttemptRow attempt : attempts) {
            List<ResponseRow> answers = byAttempt.getOrDefault(attempt.id(), List.of());
            assertThat(attempt.score())
                    .as("score of %s", attempt.id())
                    .isCloseTo(answers.stream().mapToDouble(ResponseRow::score).sum(), within(1e-9));
            assertThat(attempt.answeredCount()).isEqualTo(answers.size());
            assertThat(attempt.questionCount())
                    .isEqualTo(items.get(attempt.id()).intValue())
                    .isEqualTo(bank.quiz(attempt.quizId()).orElseThrow().questionCount());
            assertThat(attempt.startedAt())
                    .isAfter(now.minus(Duration.ofDays(10)))
                    .isBefore(now);
            for (ResponseRow answer : answers) {
                assertThat(answer.answeredAt()).isAfterOrEqualTo(attempt.startedAt());
                if (attempt.finished()) {
                    assertThat(answer.answeredAt()).isBeforeOrEqualTo(attempt.finishedAt());
                }
            }
            if (attempt.finished()) {
                assertThat(attempt.state()).isEqualTo("SUBMITTED");
                assertThat(attempt.finishedAt()).isAfter(attempt.startedAt()).isBefore(now);
            }
            if (attempt.deadline() != null) {
                Instant end = attempt.finished() ? attempt.finishedAt() : now;
                assertThat(end).isBeforeOrEqualTo(attempt.deadline());
            }
            if (attempt.quizId().equals("dns-names") && attempt.finished()) {
                assertThat(Duration.between(attempt.startedAt(), attempt.finishedAt()))
                        .isLessThanOrEqualTo(Duration.ofMinutes(20));
            }
        }
        for (ResponseRow answer : responses) {
            Question question = bank.question(answer.questionId()).orElseThrow();
            assertThat(answer.version()).isEqualTo(question.version());
            assertThat(question.grade(Answer.decode(question.type(), answer.answerText()))
                            .score())
                    .as("grade of %s on %s", answer.answerText(), answer.questionId())
                    .isEqualTo(answer.score());
        }
    }

    @Test
    void attemptsFollowTheRulesOfTheirAssignment() {
        List<AttemptRow> attempts = attempts();
        Map<String, List<AttemptRow>> byLearnerAndAssignment =
                attempts.stream().collect(Collectors.groupingBy(a -> a.userId() + "/" + a.assignmentId()));

        for (List<AttemptRow> mine : byLearnerAndAssignment.values()) {
            List<AttemptRow> ordered = mine.stream()
                    .sorted((a, b) -> Integer.compare(a.number(), b.number()))
                    .toList();
            for (int i = 0; i < ordered.size(); i++) {
                assertThat(ordered.get(i).number()).isEqualTo(i + 1);
                if (i > 0) {
                    assertThat(ordered.get(i).startedAt())
                            .isAfter(ordered.get(i - 1).finishedAt());
                }
            }
            String quiz = ordered.get(0).quizId();
            assertThat(ordered.size()).isLessThanOrEqualTo(quiz.equals("dns-names") ? 2 : 3);
        }
        List<AttemptRow> inProgress =
                attempts.stream().filter(a -> !a.finished()).toList();
        assertThat(inProgress).hasSize(2).allMatch(a -> a.quizId().equals("service-types"));
        assertThat(attempts.stream()
                        .filter(a -> a.quizId().equals("golden-rules"))
                        .allMatch(AttemptRow::immediateFeedback))
                .isTrue();
        assertThat(attempts.stream()
                        .filter(a -> !a.quizId().equals("golden-rules"))
                        .noneMatch(AttemptRow::immediateFeedback))
                .isTrue();
        Set<Long> started = attempts.stream().map(AttemptRow::userId).collect(Collectors.toSet());
        long learners = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'STUDENT'")
                .query(Long.class)
                .single();
        assertThat(started).as("two learners never started").hasSize((int) learners - 2);
        assertThat(byLearnerAndAssignment.values().stream().filter(l -> l.size() >= 2))
                .as("some learners tried again")
                .hasSizeGreaterThan(5);
    }

    @Test
    void learnersDifferAndImproveFromOneAttemptToTheNext() {
        List<AttemptRow> finished =
                attempts().stream().filter(AttemptRow::finished).toList();
        Set<Long> percents = finished.stream().map(a -> Math.round(a.percent())).collect(Collectors.toSet());

        assertThat(percents).hasSizeGreaterThan(8);
        assertThat(percents.stream().mapToLong(Long::longValue).max().orElseThrow()
                        - percents.stream().mapToLong(Long::longValue).min().orElseThrow())
                .isGreaterThanOrEqualTo(40);
        Map<String, AttemptRow> byKey = finished.stream()
                .collect(Collectors.toMap(a -> a.userId() + "/" + a.assignmentId() + "/" + a.number(), a -> a));
        double first = 0;
        double second = 0;
        int pairs = 0;
        for (AttemptRow attempt : finished) {
            AttemptRow next = byKey.get(attempt.userId() + "/" + attempt.assignmentId() + "/" + (attempt.number() + 1));
            if (next != null) {
                first += attempt.percent();
                second += next.percent();
                pairs++;
            }
        }
        assertThat(pairs).isGreaterThan(5);
        assertThat(second / pairs).as("mean of the next attempts").isGreaterThan(first / pairs);
    }

    @Test
    void manyLearnersMissSomeQuestionWithTheSameWrongAnswer() {
        List<ResponseRow> wrong =
                responses().stream().filter(r -> r.score() < 1).toList();
        Map<String, Set<Long>> learnersByWrongAnswer = new HashMap<>();
        wrong.forEach(r -> learnersByWrongAnswer
                .computeIfAbsent(r.questionId() + " " + r.answerText(), k -> new HashSet<>())
                .add(r.userId()));

        int most = learnersByWrongAnswer.values().stream()
                .mapToInt(Set::size)
                .max()
                .orElseThrow();
        assertThat(most).isGreaterThanOrEqualTo(8);
        List<ResponseRow> wrongDns = wrong.stream()
                .filter(r -> bank.question(r.questionId()).orElseThrow().tags().contains("dns-names"))
                .toList();
        long namespaceLeftOut = wrongDns.stream()
                .filter(r -> r.answerText()
                        .equals(DemoAnswers.misconception(
                                        bank.question(r.questionId()).orElseThrow())
                                .encode()))
                .count();
        assertThat(wrongDns).isNotEmpty();
        assertThat(namespaceLeftOut).isGreaterThan(wrongDns.size() / 2);
        assertThat(DemoAnswers.misconception(
                                bank.question("s73-name-service-fqdn").orElseThrow())
                        .text())
                .isEqualTo("web.svc.cluster.local");
    }

    /** Progress is what the answers made it, as in real use: immediate feedback at once, deferred at submission. */
    @Test
    void progressIsExactlyWhatTheAnswersMadeIt() {
        Set<String> counted = attempts().stream()
                .filter(a -> a.immediateFeedback() || a.finished())
                .map(AttemptRow::id)
                .collect(Collectors.toSet());
        Map<String, double[]> expected = new HashMap<>();
        Map<String, Instant> latest = new HashMap<>();
        for (ResponseRow r : responses()) {
            if (!counted.contains(r.attemptId())) {
                continue;
            }
            String key = r.userId() + "/" + r.questionId();
            double[] state = expected.computeIfAbsent(key, k -> new double[3]);
            state[0]++;
            state[1] += r.score() >= 1 ? 1 : 0;
            if (!latest.containsKey(key) || !r.answeredAt().isBefore(latest.get(key))) {
                latest.put(key, r.answeredAt());
                state[2] = r.score();
            }
        }
        Map<String, double[]> actual = new HashMap<>();
        Map<String, Instant> actualLatest = new HashMap<>();
        jdbc.sql("SELECT * FROM progress_question_state").query((ResultSet rs) -> {
            String key = rs.getLong("user_id") + "/" + rs.getString("question_id");
            actual.put(
                    key,
                    new double[] {rs.getInt("answer_count"), rs.getInt("correct_count"), rs.getDouble("last_score")});
            actualLatest.put(key, instant(rs, "last_answered_at"));
        });

        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, state) -> assertThat(actual.get(key)).as(key).containsExactly(state));
        assertThat(actualLatest).isEqualTo(latest);
        Map<Long, Double> masterySum = jdbc
                .sql("SELECT a.user_id, COALESCE(SUM(p.last_score), 0) FROM (SELECT DISTINCT user_id FROM attempt"
                        + " WHERE attempt_state <> 'IN_PROGRESS') a LEFT JOIN progress_question_state p"
                        + " ON p.user_id = a.user_id GROUP BY a.user_id")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getDouble(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(masterySum)
                .hasSizeGreaterThan(20)
                .allSatisfy((user, sum) -> assertThat(sum).isPositive());
    }

    @Test
    void anActiveLearnersProgressPageShowsMastery() throws Exception {
        String username = jdbc.sql("SELECT u.username FROM app_user u JOIN attempt a ON a.user_id = u.id"
                        + " WHERE a.attempt_state = 'SUBMITTED' ORDER BY u.username FETCH FIRST 1 ROWS ONLY")
                .query(String.class)
                .single();
        String page = Learner.logIn(mvc, username, username)
                .get("/progress")
                .getResponse()
                .getContentAsString();

        Matcher mastery = Pattern.compile("id=\"obj-[a-z-]+\"[^<]*</span>\\s*<strong>(\\d+)")
                .matcher(page);
        int best = 0;
        while (mastery.find()) {
            best = Math.max(best, Integer.parseInt(mastery.group(1)));
        }
        assertThat(best).isPositive();
    }

    @Test
    void fillingAgainIsRefusedAndChangesNothing() {
        long attempts =
                jdbc.sql("SELECT COUNT(*) FROM attempt").query(Long.class).single();

        assertThat(demoData.fillIfEmpty().created()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attempt").query(Long.class).single())
                .isEqualTo(attempts);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM classroom").query(Long.class).single())
                .isEqualTo(1L);
    }

    /** The generator's own answers, checked against the whole bank by the questions' grading. */
    @Test
    void rightAnswersGetFullMarksAndWrongOnesDoNot() {
        for (Question question : bank.questions()) {
            assertThat(question.grade(DemoAnswers.right(question)).correct())
                    .as(question.id())
                    .isTrue();
            assertThat(DemoAnswers.candidates(question))
                    .as(question.id())
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(question.grade(a).correct()).isFalse());
        }
    }
}
