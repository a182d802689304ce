package io.kubequiz.dashboard;

import io.kubequiz.account.AccountUser;
import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.content.Answer;
import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionType;
import io.kubequiz.content.QuestionVersions;
import io.kubequiz.content.Quiz;
import io.kubequiz.content.QuizCatalog;
import io.kubequiz.content.TrueFalseBody;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moodle's quiz statistics for one assignment ({@link ItemStatistics} holds the definitions), over the finished
 * attempts (submitted or expired) chosen by an {@link AttemptSelection}.
 *
 * <p>The questions are those of the chosen attempts (their {@code attempt_item} rows), in the quiz's order in the bank
 * (questions no longer in the quiz come last, by id); every question's maximum is 1. A question the learner left
 * unanswered scores 0; a question an attempt did not contain (a quiz that draws its questions at random) is not
 * counted for that attempt: see {@link ItemStatistics} on absent questions. Pick rates of choice and true/false
 * questions are the share of the attempts that contained the question in which each option was picked (from 0 to 1;
 * for multiple choice the rates can add up to more than 1).
 *
 * <p>The figures of an option picked in an older version of a question count against the current version's options
 * (an option id the current version no longer has is left out).
 *
 * <p>Cost: the access check (3 statements), then ONE query ({@link #responsesSql}) whose rows are streamed into
 * primitive arrays, grouped by attempt in memory and fed to {@link ItemStatistics.Accumulator} in the order of the
 * attempts' ids (so the result does not depend on the order the database sends the rows in); nothing is read per
 * attempt or per question (except, once, the stored version of a question no longer in the bank).
 */
@Service
public class ItemStatisticsReport {

    /** Which finished attempts count: each learner's first (the default), last or best one, or all of them. */
    public enum AttemptSelection {
        /** Each learner's finished attempt with the lowest attempt number. */
        FIRST,
        /** Each learner's finished attempt with the highest attempt number. */
        LAST,
        /** Each learner's finished attempt with the highest score (percent of its questions); ties: the earliest. */
        BEST,
        /** Every finished attempt. */
        ALL;

        /** The value of the {@code attempts} request parameter that selects this. */
        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The selection a request parameter names ({@code first}, {@code last}, {@code best} or {@code all}). */
        public static Optional<AttemptSelection> fromParameter(String value) {
            if (value == null) {
                return Optional.empty();
            }
            String wanted = value.strip();
            return Arrays.stream(values())
                    .filter(s -> s.parameter().equalsIgnoreCase(wanted))
                    .findFirst();
        }
    }

    /** Why a question is flagged for review. */
    public enum FlagReason {
        /** Facility index above 95: nearly everyone gets it right. */
        FACILITY_ABOVE_95,
        /** Facility index below 20: nearly everyone gets it wrong. */
        FACILITY_BELOW_20,
        /** Discrimination index below 0: the weaker learners do better on it than the stronger ones. */
        NEGATIVE_DISCRIMINATION
    }

    /**
     * The test's figures ({@code null} when undefined), in percent: mean, median, standard deviation and standard error
     * of the attempts' totals in percent of their maximum; alpha and error ratio as percentages. {@code sameQuestions}
     * is false when the attempts did not all contain the same questions; alpha, error ratio and standard error are
     * then {@code null}.
     */
    public record TestFigures(
            int attempts,
            Double mean,
            Double median,
            Double standardDeviation,
            Double cronbachAlpha,
            Double errorRatio,
            Double standardError,
            boolean sameQuestions) {}

    /**
     * One option of a choice or true/false question. {@code text} is null for true/false options (whose ids are
     * {@code true} and {@code false}); {@code pickRate} is from 0 to 1.
     */
    public record OptionFigures(String optionId, LocalizedText text, boolean correct, long picks, Double pickRate) {}

    /**
     * One question's figures, in percent ({@code null} when undefined), over the {@code attempts} chosen attempts that
     * contained it. {@code position} counts from 1; {@code options} is empty unless the question is a choice or
     * true/false question.
     */
    public record QuestionFigures(
            int position,
            String questionId,
            QuestionType type,
            LocalizedText stem,
            int attempts,
            Double facilityIndex,
            Double standardDeviation,
            Double discriminationIndex,
            Double discriminativeEfficiency,
            boolean flagged,
            List<FlagReason> flagReasons,
            List<OptionFigures> options) {

        public boolean hasOptions() {
            return !options.isEmpty();
        }
    }

    /** The statistics of one assignment for one selection of attempts. */
    public record Report(
            AssignmentRules assignment,
            AttemptSelection selection,
            TestFigures test,
            List<QuestionFigures> questions) {}

    private static final int FETCH_SIZE = 5_000;

    private final Assignments assignments;
    private final QuestionBank bank;
    private final QuizCatalog catalog;
    private final QuestionVersions versions;
    private final JdbcTemplate jdbc;

    ItemStatisticsReport(
            Assignments assignments,
            QuestionBank bank,
            QuizCatalog catalog,
            QuestionVersions versions,
            DataSource dataSource) {
        this.assignments = assignments;
        this.bank = bank;
        this.catalog = catalog;
        this.versions = versions;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /**
     * The statistics of an assignment of a class this user manages.
     *
     * @throws io.kubequiz.system.NotFoundException unless the user manages the class and the assignment is in it
     */
    @Transactional(readOnly = true)
    public Report compute(long classId, long assignmentId, AttemptSelection selection, AccountUser user) {
        AssignmentRules assignment = assignments.managed(classId, assignmentId, user);
        Rows rows = new Rows();
        jdbc.query(responsesSql(selection), rows, assignmentId, assignmentId);
        return rows.report(assignment, selection);
    }

    /**
     * The responses of the chosen attempts (attempt_response: question, score, answer) and, for the attempts with
     * questions left unanswered, their questions (attempt_item: which questions they contained), in one UNION ALL; an
     * item row has a null score. An attempt whose every question was answered ({@code answered_count =
     * question_count}, kept with each response in the same transaction by the attempt module) contained exactly the
     * questions of its responses, so its items are not read: half the rows in the usual case.
     *
     * <p>The chosen attempts are a derived table, so that both H2 and PostgreSQL pick them once (by the index of
     * assignment, learner and attempt number) before joining: one per learner, kept by a NOT EXISTS on a better
     * finished attempt of the same learner; for "best" the percents are compared as score × the other attempt's
     * question count, without a division. The rows come in no particular order (sorting them costs more than grouping
     * them in memory). Takes the assignment id twice.
     */
    static String responsesSql(AttemptSelection selection) {
        String better = switch (selection) {
            case FIRST -> "b.attempt_number < a.attempt_number";
            case LAST -> "b.attempt_number > a.attempt_number";
            case BEST ->
                "b.score * a.question_count > a.score * b.question_count"
                        + " OR (b.score * a.question_count = a.score * b.question_count"
                        + " AND b.attempt_number < a.attempt_number)";
            case ALL -> null;
        };
        String chosen = "(SELECT a.id, a.answered_count, a.question_count FROM attempt a"
                + " WHERE a.assignment_id = ? AND a.attempt_state IN ('SUBMITTED', 'EXPIRED')"
                + (better == null
                        ? ""
                        : " AND NOT EXISTS (SELECT 1 FROM attempt b WHERE b.assignment_id = a.assignment_id"
                                + " AND b.user_id = a.user_id AND b.attempt_state IN ('SUBMITTED', 'EXPIRED')"
                                + " AND (" + better + "))")
                + ") c";
        return "SELECT i.attempt_id, i.question_id, i.question_version,"
                + " CAST(NULL AS DOUBLE PRECISION) AS score, CAST(NULL AS VARCHAR(2000)) AS answer_text"
                + " FROM " + chosen + " JOIN attempt_item i ON i.attempt_id = c.id"
                + " WHERE c.answered_count < c.question_count"
                + " UNION ALL"
                + " SELECT r.attempt_id, r.question_id, r.question_version, r.score, r.answer_text"
                + " FROM " + chosen + " JOIN attempt_response r ON r.attempt_id = c.id";
    }

    /** A question met in the stream: how it is shown, and its option picks. */
    private static final class Slot {
        final String questionId;
        String version;
        Question question;
        Map<String, Integer> optionIndex;
        long[] picks;
        /** The options each distinct answer text picks (few distinct texts per question: decoded once each). */
        Map<String, int[]> decoded;
        /** Answers to a question no longer in the bank, counted once its stored version is read (after the stream). */
        List<String> pending;

        Slot(String questionId) {
            this.questionId = questionId;
        }
    }

    /**
     * Reads the streamed rows into primitive arrays: per row its attempt, its question slot and its score (NaN for an
     * item row, which only says that the attempt contained the question).
     */
    private final class Rows implements RowCallbackHandler {

        private final Map<String, Integer> slotByQuestion = new HashMap<>();
        private final List<Slot> slots = new ArrayList<>();
        private final Map<UUID, Integer> attemptIndex = new HashMap<>();
        private final List<UUID> attemptIds = new ArrayList<>();
        private int[] rowAttempt = new int[1024];
        private int[] rowSlot = new int[1024];
        private double[] rowScore = new double[1024];
        private int rows;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            UUID attemptId = rs.getObject(1, UUID.class);
            Integer attempt = attemptIndex.get(attemptId);
            if (attempt == null) {
                attempt = attemptIds.size();
                attemptIndex.put(attemptId, attempt);
                attemptIds.add(attemptId);
            }
            String questionId = rs.getString(2);
            Integer index = slotByQuestion.get(questionId);
            if (index == null) {
                index = slots.size();
                slotByQuestion.put(questionId, index);
                Slot slot = new Slot(questionId);
                slot.question = catalog.question(questionId).orElse(null);
                slots.add(slot);
            }
            Slot slot = slots.get(index);
            double score = rs.getDouble(4);
            boolean response = !rs.wasNull();
            if (slot.question == null && slot.version == null) {
                slot.version = rs.getString(3); // to read the question as it was, once the rows are in
            }
            if (rows == rowSlot.length) {
                rowAttempt = Arrays.copyOf(rowAttempt, 2 * rows);
                rowSlot = Arrays.copyOf(rowSlot, 2 * rows);
                rowScore = Arrays.copyOf(rowScore, 2 * rows);
            }
            rowAttempt[rows] = attempt;
            rowSlot[rows] = index;
            rowScore[rows] = response ? score : Double.NaN;
            rows++;
            if (response) {
                if (slot.question == null) {
                    if (slot.pending == null) {
                        slot.pending = new ArrayList<>();
                    }
                    slot.pending.add(rs.getString(5));
                } else if (hasOptions(slot.question.type())) {
                    countPicks(slot, rs.getString(5));
                }
            }
        }

        /** Adds one response's picked options. */
        private void countPicks(Slot slot, String answerText) {
            if (slot.optionIndex == null) {
                List<String> ids = optionIds(slot.question);
                slot.optionIndex = new HashMap<>();
                for (int k = 0; k < ids.size(); k++) {
                    slot.optionIndex.put(ids.get(k), k);
                }
                slot.picks = new long[ids.size()];
                slot.decoded = new HashMap<>();
            }
            for (int option : slot.decoded.computeIfAbsent(answerText, text -> picked(slot, text))) {
                slot.picks[option]++;
            }
        }

        /** The option indexes an answer picks; ids of options the question no longer has are left out. */
        private int[] picked(Slot slot, String answerText) {
            return Answer.decode(slot.question.type(), answerText).values().stream()
                    .map(value -> slot.question.type() == QuestionType.TRUE_FALSE
                            ? value.strip().toLowerCase(Locale.ROOT)
                            : value)
                    .map(slot.optionIndex::get)
                    .filter(Objects::nonNull)
                    .distinct()
                    .mapToInt(Integer::intValue)
                    .toArray();
        }

        Report report(AssignmentRules assignment, AttemptSelection selection) {
            for (Slot slot : slots) {
                if (slot.question == null) {
                    slot.question = versions.shown(slot.questionId, slot.version);
                    if (slot.pending != null && hasOptions(slot.question.type())) {
                        slot.pending.forEach(answer -> countPicks(slot, answer));
                    }
                }
            }
            int p = slots.size();
            int attempts = attemptIds.size();
            if (attempts == 0 || p == 0) {
                return new Report(
                        assignment, selection, new TestFigures(0, null, null, null, null, null, null, true), List.of());
            }
            int[] position = order(assignment.quizId());
            // Rows grouped by attempt (a counting sort), attempts taken in the order of their ids: the same result
            // whatever order the database sent the rows in.
            int[] start = new int[attempts + 1];
            for (int r = 0; r < rows; r++) {
                start[rowAttempt[r] + 1]++;
            }
            for (int a = 0; a < attempts; a++) {
                start[a + 1] += start[a];
            }
            int[] grouped = new int[rows];
            int[] next = Arrays.copyOf(start, attempts);
            for (int r = 0; r < rows; r++) {
                grouped[next[rowAttempt[r]]++] = r;
            }
            Integer[] byId = new Integer[attempts];
            for (int a = 0; a < attempts; a++) {
                byId[a] = a;
            }
            Arrays.sort(byId, Comparator.comparing(attemptIds::get));

            ItemStatistics.Accumulator accumulator = ItemStatistics.accumulator(Collections.nCopies(p, 1.0), attempts);
            double[] row = new double[p];
            boolean[] asked = new boolean[p];
            for (int a : byId) {
                Arrays.fill(row, 0);
                Arrays.fill(asked, false);
                for (int k = start[a]; k < start[a + 1]; k++) {
                    int r = grouped[k];
                    int question = position[rowSlot[r]];
                    asked[question] = true;
                    if (!Double.isNaN(rowScore[r])) {
                        row[question] = rowScore[r];
                    }
                }
                accumulator.add(row, asked);
            }
            ItemStatistics.TestStatistics statistics = accumulator.result();

            Slot[] byPosition = new Slot[p];
            for (int s = 0; s < p; s++) {
                byPosition[position[s]] = slots.get(s);
            }
            List<QuestionFigures> questions = new ArrayList<>(p);
            for (int i = 0; i < p; i++) {
                questions.add(figures(i, byPosition[i], statistics.questions().get(i), accumulator.attemptsWith(i)));
            }
            ItemStatistics.TestSummary test = statistics.test();
            return new Report(
                    assignment,
                    selection,
                    new TestFigures(
                            test.attempts(),
                            test.mean(),
                            test.median(),
                            test.standardDeviation(),
                            test.cronbachAlpha(),
                            test.errorRatio(),
                            test.standardError(),
                            accumulator.sameQuestions()),
                    List.copyOf(questions));
        }

        /** Position of each slot: the quiz's order in the bank, then questions no longer in the quiz by id. */
        private int[] order(String quizId) {
            Map<String, Integer> quizOrder = new HashMap<>();
            List<String> quizQuestions =
                    catalog.quiz(quizId).map(Quiz::questionIds).orElse(List.of());
            for (int k = 0; k < quizQuestions.size(); k++) {
                quizOrder.put(quizQuestions.get(k), k);
            }
            List<Integer> sorted = new ArrayList<>();
            for (int s = 0; s < slots.size(); s++) {
                sorted.add(s);
            }
            sorted.sort(Comparator.<Integer>comparingInt(
                            s -> quizOrder.getOrDefault(slots.get(s).questionId, Integer.MAX_VALUE))
                    .thenComparing(s -> slots.get(s).questionId));
            int[] position = new int[slots.size()];
            for (int k = 0; k < sorted.size(); k++) {
                position[sorted.get(k)] = k;
            }
            return position;
        }

        private QuestionFigures figures(
                int index, Slot slot, ItemStatistics.QuestionStatistics statistics, int attemptsWith) {
            Question question = slot.question;
            List<OptionFigures> options = new ArrayList<>();
            if (hasOptions(question.type())) {
                List<String> ids = optionIds(question);
                Map<String, Long> picks = new LinkedHashMap<>();
                for (int k = 0; k < ids.size(); k++) {
                    picks.put(ids.get(k), slot.picks == null ? 0L : slot.picks[k]);
                }
                Map<String, Double> rates = ItemStatistics.pickRates(
                                new ItemStatistics.OptionPicks(slot.questionId, picks), attemptsWith)
                        .pickRateByOption();
                for (String id : ids) {
                    options.add(new OptionFigures(
                            id, optionText(question, id), correct(question, id), picks.get(id), rates.get(id)));
                }
            }
            return new QuestionFigures(
                    index + 1,
                    slot.questionId,
                    question.type(),
                    question.stem(),
                    attemptsWith,
                    statistics.facilityIndex(),
                    statistics.standardDeviation(),
                    statistics.discriminationIndex(),
                    statistics.discriminativeEfficiency(),
                    statistics.flagged(),
                    statistics.flagReasons().stream()
                            .map(r -> FlagReason.valueOf(r.name()))
                            .toList(),
                    List.copyOf(options));
        }
    }

    private static boolean hasOptions(QuestionType type) {
        return type == QuestionType.SINGLE_CHOICE
                || type == QuestionType.MULTIPLE_CHOICE
                || type == QuestionType.TRUE_FALSE;
    }

    private static List<String> optionIds(Question question) {
        if (question.body() instanceof ChoiceBody choice) {
            return choice.options().stream().map(ChoiceBody.Option::id).toList();
        }
        return List.of("true", "false");
    }

    private static LocalizedText optionText(Question question, String optionId) {
        if (question.body() instanceof ChoiceBody choice) {
            return choice.options().stream()
                    .filter(o -> o.id().equals(optionId))
                    .findFirst()
                    .map(ChoiceBody.Option::text)
                    .orElse(null);
        }
        return null;
    }

    private static boolean correct(Question question, String optionId) {
        if (question.body() instanceof ChoiceBody choice) {
            return choice.options().stream().anyMatch(o -> o.id().equals(optionId) && o.correct());
        }
        return question.body() instanceof TrueFalseBody tf
                && Boolean.toString(tf.answer()).equals(optionId);
    }
}
