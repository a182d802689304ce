package io.kubequiz.dashboard;

import io.kubequiz.account.AccountUser;
import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.system.NotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's data for trainers' scripts and LMS: scores (learner × assignment), recorded answers, and mastery (learner ×
 * objective), read straight from the database in a stable order, either a page at a time after a {@link Key} or all
 * of it to a consumer, never holding more than one learner's rows.
 *
 * <p>Who counts follows the class page: the class's <b>current</b> learners (a removed learner's rows leave the exports
 * with them, and come back if they join again), and answers once final (those of finished attempts, and those given
 * with immediate feedback). The figures are the class page's: grades by the assignment's grading method over the
 * finished attempts, mastery as in the heat map.
 *
 * <p>First a {@link Scope} (the access check: another trainer's class, or an assignment not in the class, is "not
 * found"), then the rows: one streamed SQL statement, whatever the number of rows, on PostgreSQL; on H2 one per chunk
 * of 10,000 answers or 500 learners (see {@link ExportReads}); answers also read the class's learners once.
 */
@Service
public class ClassExports {

    /**
     * Where a page ended: the learner's id and, within the learner, the assignment id (scores) or the objective's
     * position (mastery); for responses {@code learner} is 0 and {@code item} the answer's id.
     */
    public record Key(long learner, long item) implements Comparable<Key> {

        private static final Comparator<Key> ORDER =
                Comparator.comparingLong(Key::learner).thenComparingLong(Key::item);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** Rows of one page, and the key to read the next page after ({@code null} on the last page). */
    public record Page<T>(List<T> items, Key next) {}

    /** A learner's results at an assignment; grades 0–100 ({@code null} without a finished attempt). */
    public record ScoreRow(
            String username,
            String displayName,
            long assignmentId,
            String quizId,
            int attempts,
            Double grade,
            Double bestGrade,
            Double lastGrade,
            Instant firstSubmittedAt,
            Instant lastSubmittedAt,
            boolean completed) {}

    /**
     * One recorded answer: {@code answer} as the trainer reads it on the learner page (option texts, true/false, the
     * text typed, "left → right" matches, the steps in the learner's order, parts joined by " · "), in the request's
     * language; {@code storedAnswer} as stored (option and item ids joined by "|", or the text typed).
     */
    public record ResponseRow(
            long responseId,
            UUID attemptId,
            String username,
            long assignmentId,
            String quizId,
            int attemptNumber,
            String questionId,
            String questionVersion,
            List<String> objectiveIds,
            String answer,
            String storedAnswer,
            double score,
            boolean correct,
            Instant answeredAt) {}

    /**
     * A learner's mastery of an objective (0–100, the heat map's figure), how many of the objective's
     * {@code questions} they answered, and when they last answered one ({@code null}: never).
     */
    public record MasteryRow(
            String username,
            String displayName,
            String objectiveId,
            int mastery,
            int answered,
            int questions,
            Instant lastAnsweredAt) {}

    /**
     * What an export may read, once checked: a class the user manages, its assignments (or the one asked for), and
     * the {@code since} filter. Only {@link ClassExports#scope} makes one.
     */
    public static final class Scope {

        private final long classId;
        private final Long assignmentId;
        private final Instant since;
        private final List<AssignmentRules> assignments;

        private Scope(long classId, Long assignmentId, Instant since, List<AssignmentRules> assignments) {
            this.classId = classId;
            this.assignmentId = assignmentId;
            this.since = since;
            this.assignments = assignments.stream()
                    .sorted(Comparator.comparingLong(AssignmentRules::id))
                    .toList();
        }

        public long classId() {
            return classId;
        }

        /** The assignment asked for, or null for all of the class's. */
        public Long assignmentId() {
            return assignmentId;
        }

        public Instant since() {
            return since;
        }

        /** The assignments read, by id. */
        List<AssignmentRules> assignments() {
            return assignments;
        }

        List<Long> assignmentIds() {
            return assignments.stream().map(AssignmentRules::id).toList();
        }
    }

    private final Assignments classAssignments;
    private final ScoreExport scores;
    private final ResponseExport responses;
    private final MasteryExport mastery;
    private final Counter scoreRows;
    private final Counter responseRows;
    private final Counter masteryRows;

    ClassExports(
            Assignments classAssignments,
            ScoreExport scores,
            ResponseExport responses,
            MasteryExport mastery,
            MeterRegistry registry) {
        this.classAssignments = classAssignments;
        this.scores = scores;
        this.responses = responses;
        this.mastery = mastery;
        this.scoreRows = rowCounter("scores", registry);
        this.responseRows = rowCounter("responses", registry);
        this.masteryRows = rowCounter("mastery", registry);
    }

    /** Rows given out by the exports, pages and streams alike, by export. */
    private static Counter rowCounter(String export, MeterRegistry registry) {
        return Counter.builder("kubequiz.export.rows")
                .description("Rows given out by the class exports")
                .tag("export", export)
                .register(registry);
    }

    /**
     * The scope of an export of a class this user manages (every class for an admin).
     *
     * @throws NotFoundException for any other class, or an assignment that is not the class's
     */
    @Transactional(readOnly = true)
    public Scope scope(long classId, Long assignmentId, Instant since, AccountUser user) {
        List<AssignmentRules> all = classAssignments.ofClass(classId, user);
        List<AssignmentRules> chosen = assignmentId == null
                ? all
                : all.stream().filter(a -> a.id() == assignmentId).toList();
        if (assignmentId != null && chosen.isEmpty()) {
            throw new NotFoundException("assignment " + assignmentId + " in class " + classId);
        }
        return new Scope(classId, assignmentId, since, chosen);
    }

    /** Scores by learner id, then assignment id. */
    @Transactional(readOnly = true)
    public Page<ScoreRow> scores(Scope scope, Key after, int limit) {
        return counted(scoreRows, page(limit, sink -> scores.read(scope, after, sink)));
    }

    @Transactional(readOnly = true)
    public void allScores(Scope scope, Consumer<ScoreRow> rows) {
        scores.read(scope, null, (key, row) -> {
            rows.accept(row);
            scoreRows.increment();
            return true;
        });
    }

    /** Final answers by their id (the order they were first recorded in). */
    @Transactional(readOnly = true)
    public Page<ResponseRow> responses(Scope scope, Key after, int limit, Locale locale) {
        return counted(responseRows, page(limit, sink -> responses.read(scope, after, limit + 1, locale, sink)));
    }

    @Transactional(readOnly = true)
    public void allResponses(Scope scope, Locale locale, Consumer<ResponseRow> rows) {
        responses.read(scope, null, 0, locale, (key, row) -> {
            rows.accept(row);
            responseRows.increment();
            return true;
        });
    }

    /** Mastery by learner id, then objective in the heat map's order. */
    @Transactional(readOnly = true)
    public Page<MasteryRow> mastery(Scope scope, Key after, int limit) {
        return counted(masteryRows, page(limit, sink -> mastery.read(scope, after, sink)));
    }

    @Transactional(readOnly = true)
    public void allMastery(Scope scope, Consumer<MasteryRow> rows) {
        mastery.read(scope, null, (key, row) -> {
            rows.accept(row);
            masteryRows.increment();
            return true;
        });
    }

    /** Takes a row with its key; false: enough. */
    interface KeyedRows<T> {
        boolean take(Key key, T row);
    }

    private static <T> Page<T> counted(Counter rows, Page<T> page) {
        rows.increment(page.items().size());
        return page;
    }

    /** Reads up to {@code limit + 1} rows: the extra one only says that there is a next page. */
    private static <T> Page<T> page(int limit, Consumer<KeyedRows<T>> read) {
        List<T> items = new ArrayList<>(Math.min(limit, 1_024));
        Key[] last = new Key[1];
        boolean[] more = new boolean[1];
        read.accept((key, row) -> {
            if (items.size() == limit) {
                more[0] = true;
                return false;
            }
            items.add(row);
            last[0] = key;
            return true;
        });
        return new Page<>(List.copyOf(items), more[0] ? last[0] : null);
    }
}
