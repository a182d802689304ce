package io.kubequiz.dashboard;

import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.dashboard.ClassExports.Key;
import io.kubequiz.dashboard.ClassExports.KeyedRows;
import io.kubequiz.dashboard.ClassExports.Scope;
import io.kubequiz.dashboard.ClassExports.ScoreRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Scores: one row per current learner × assignment, learner by learner. A learner's attempts come in one streamed
 * query with the learner (at most a few per assignment); the grade is the class page's: the assignment's grading method
 * over the finished attempts' percentages in attempt order.
 *
 * <p>With {@code since}, only the rows with an attempt started or finished since then (their figures may have
 * changed); their figures still count every attempt.
 */
@Component
class ScoreExport {

    private record AttemptLine(
            long assignmentId, int number, boolean finished, double percent, Instant startedAt, Instant finishedAt) {}

    /** Learners per statement on H2 (see {@link ExportReads}), with all their attempts. */
    static final int LEARNERS_PER_CHUNK = 500;

    private final ExportReads reads;

    ScoreExport(ExportReads reads) {
        this.reads = reads;
    }

    /**
     * The class's learners by id, each with their attempts at the scope's assignments: a chunk of learners picked in a
     * derived table (by the enrolment's primary key: class, learner), then their rows.
     */
    void read(Scope scope, Key after, KeyedRows<ScoreRow> sink) {
        List<AssignmentRules> assignments = scope.assignments();
        if (assignments.isEmpty()) {
            return;
        }
        ExportReads.Query query = new ExportReads.Query() {
            @Override
            public ExportReads.Statement at(long from, int learners) {
                return statement(scope, from, learners);
            }

            @Override
            public int chunk() {
                return LEARNERS_PER_CHUNK;
            }
        };
        Learner learner = new Learner(assignments, after, scope.since(), sink);
        reads.stream(query, after == null ? 0 : after.learner(), 0, learner::add);
        learner.finish();
    }

    private static ExportReads.Statement statement(Scope scope, long from, int learners) {
        List<Long> ids = scope.assignmentIds();
        List<Object> parameters = new ArrayList<>();
        parameters.add(scope.classId());
        parameters.add(from);
        StringBuilder sql = new StringBuilder("SELECT k.user_id, u.username, u.display_name, a.assignment_id,"
                + " a.attempt_number, a.attempt_state, a.score, a.question_count, a.started_at, a.finished_at"
                + " FROM (SELECT e.user_id FROM enrolment e WHERE e.classroom_id = ? AND e.removed_at IS NULL"
                + " AND e.user_id >= ?");
        if (scope.since() != null) {
            // Only learners with a row to give, so that a page never reads learners who give none.
            OffsetDateTime since = scope.since().atOffset(ZoneOffset.UTC);
            sql.append(" AND EXISTS (SELECT 1 FROM attempt b WHERE b.user_id = e.user_id AND b.assignment_id IN (")
                    .append(ExportReads.placeholders(ids))
                    .append(") AND (b.started_at >= ? OR b.finished_at >= ?))");
            parameters.addAll(ids);
            parameters.add(since);
            parameters.add(since);
        }
        sql.append(" ORDER BY e.user_id");
        if (learners > 0) {
            sql.append(" LIMIT ?");
            parameters.add(learners);
        }
        sql.append(") k LEFT JOIN app_user u ON u.id = k.user_id"
                        + " LEFT JOIN attempt a ON a.user_id = k.user_id AND a.assignment_id IN (")
                .append(ExportReads.placeholders(ids))
                .append(") ORDER BY k.user_id");
        parameters.addAll(ids);
        return new ExportReads.Statement(sql.toString(), parameters);
    }

    /** The rows of the learner being read, given out when the next learner starts. */
    private static final class Learner extends LearnerRows {

        private final List<AssignmentRules> assignments;
        private final Key after;
        private final Instant since;
        private final KeyedRows<ScoreRow> sink;
        private final List<AttemptLine> attempts = new ArrayList<>();

        Learner(List<AssignmentRules> assignments, Key after, Instant since, KeyedRows<ScoreRow> sink) {
            this.assignments = assignments;
            this.after = after;
            this.since = since;
            this.sink = sink;
        }

        @Override
        void startLearner() {
            attempts.clear();
        }

        @Override
        void addRow(ResultSet rs) throws SQLException {
            long assignmentId = rs.getLong(4);
            if (!rs.wasNull()) {
                attempts.add(new AttemptLine(
                        assignmentId,
                        rs.getInt(5),
                        !"IN_PROGRESS".equals(rs.getString(6)),
                        ClassDashboardReads.percent(rs.getDouble(7), rs.getInt(8)),
                        instant(rs, 9),
                        instant(rs, 10)));
            }
        }

        @Override
        boolean giveOut(long learnerId) {
            attempts.sort(Comparator.comparingLong(AttemptLine::assignmentId).thenComparingInt(AttemptLine::number));
            for (AssignmentRules assignment : assignments) {
                Key key = new Key(learnerId, assignment.id());
                if (after != null && key.compareTo(after) <= 0) {
                    continue;
                }
                List<AttemptLine> mine = attempts.stream()
                        .filter(a -> a.assignmentId() == assignment.id())
                        .toList();
                if (since != null && mine.stream().noneMatch(this::changedSince)) {
                    continue;
                }
                if (!sink.take(key, row(assignment, mine))) {
                    return false;
                }
            }
            return true;
        }

        private boolean changedSince(AttemptLine a) {
            return !a.startedAt().isBefore(since)
                    || (a.finishedAt() != null && !a.finishedAt().isBefore(since));
        }

        private ScoreRow row(AssignmentRules assignment, List<AttemptLine> inOrder) {
            List<AttemptLine> finished =
                    inOrder.stream().filter(AttemptLine::finished).toList();
            List<Double> percents = finished.stream().map(AttemptLine::percent).toList();
            return new ScoreRow(
                    username,
                    displayName,
                    assignment.id(),
                    assignment.quizId(),
                    inOrder.size(),
                    assignment.gradingMethod().grade(percents),
                    percents.stream().max(Double::compare).orElse(null),
                    percents.isEmpty() ? null : percents.get(percents.size() - 1),
                    finished.stream()
                            .map(AttemptLine::finishedAt)
                            .filter(Objects::nonNull)
                            .min(Comparator.naturalOrder())
                            .orElse(null),
                    finished.stream()
                            .map(AttemptLine::finishedAt)
                            .filter(Objects::nonNull)
                            .max(Comparator.naturalOrder())
                            .orElse(null),
                    !finished.isEmpty());
        }

        private static Instant instant(ResultSet rs, int column) throws SQLException {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    }
}
