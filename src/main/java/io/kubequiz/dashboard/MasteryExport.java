package io.kubequiz.dashboard;

import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.content.Objective;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.Quiz;
import io.kubequiz.content.QuizCatalog;
import io.kubequiz.dashboard.ClassExports.Key;
import io.kubequiz.dashboard.ClassExports.KeyedRows;
import io.kubequiz.dashboard.ClassExports.MasteryRow;
import io.kubequiz.dashboard.ClassExports.Scope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Mastery: one row per current learner × objective, with the heat map's figure ({@link DashboardMastery} over the
 * learner's latest score per question), objectives in the heat map's column order. With an assignment, only the
 * objectives its quiz covers (mastery itself still counts every question of the bank on the objective); with
 * {@code since}, only the objectives with a latest answer since then (the rows whose figure may have changed).
 */
@Component
class MasteryExport {

    /** Learners per statement on H2 (see {@link ExportReads}), with their latest score on each question. */
    static final int LEARNERS_PER_CHUNK = 500;

    private final QuestionBank bank;
    private final QuizCatalog quizzes;
    private final DashboardMastery mastery;
    private final ExportReads reads;

    MasteryExport(QuestionBank bank, QuizCatalog quizzes, ExportReads reads) {
        this.bank = bank;
        this.quizzes = quizzes;
        this.mastery = new DashboardMastery(bank);
        this.reads = reads;
    }

    /**
     * The class's learners by id, each with their latest score on every question they answered: a chunk of learners
     * picked in a derived table (by the enrolment's primary key: class, learner), then their rows.
     */
    void read(Scope scope, Key after, KeyedRows<MasteryRow> sink) {
        List<Integer> columns = columns(scope);
        if (columns.isEmpty()) {
            return;
        }
        List<String> questions = questionsOn(columns);
        ExportReads.Query query = new ExportReads.Query() {
            @Override
            public ExportReads.Statement at(long from, int learners) {
                return statement(scope, questions, from, learners);
            }

            @Override
            public int chunk() {
                return LEARNERS_PER_CHUNK;
            }
        };
        Learner learner = new Learner(columns, after, scope.since(), sink);
        reads.stream(query, after == null ? 0 : after.learner(), 0, learner::add);
        learner.finish();
    }

    private static ExportReads.Statement statement(Scope scope, List<String> questions, long from, int learners) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(scope.classId());
        parameters.add(from);
        StringBuilder sql = new StringBuilder("SELECT k.user_id, u.username, u.display_name, s.question_id,"
                + " s.last_score, s.last_answered_at FROM (SELECT e.user_id FROM enrolment e"
                + " WHERE e.classroom_id = ? AND e.removed_at IS NULL AND e.user_id >= ?");
        if (scope.since() != null) {
            // Only learners with a row to give, so that a page never reads learners who give none.
            sql.append(" AND EXISTS (SELECT 1 FROM progress_question_state p WHERE p.user_id = e.user_id"
                            + " AND p.last_answered_at >= ? AND p.question_id IN (")
                    .append(ExportReads.placeholders(questions))
                    .append("))");
            parameters.add(scope.since().atOffset(ZoneOffset.UTC));
            parameters.addAll(questions.isEmpty() ? List.of("") : questions);
        }
        sql.append(" ORDER BY e.user_id");
        if (learners > 0) {
            sql.append(" LIMIT ?");
            parameters.add(learners);
        }
        sql.append(") k LEFT JOIN app_user u ON u.id = k.user_id"
                + " LEFT JOIN progress_question_state s ON s.user_id = k.user_id ORDER BY k.user_id");
        return new ExportReads.Statement(sql.toString(), parameters);
    }

    /**
     * Objective indexes in column order: all, or those of the assignment's quiz (a bank quiz or an imported set; the
     * heat map shows the bank's objectives only).
     */
    private List<Integer> columns(Scope scope) {
        List<Integer> order = mastery.columnOrder();
        if (scope.assignmentId() == null) {
            return order;
        }
        Set<String> covered = new HashSet<>();
        for (AssignmentRules assignment : scope.assignments()) {
            quizzes.quiz(assignment.quizId()).map(Quiz::objectiveIds).ifPresent(covered::addAll);
        }
        return order.stream()
                .filter(o -> covered.contains(mastery.objectives().get(o).id()))
                .toList();
    }

    private List<String> questionsOn(List<Integer> columns) {
        Set<Integer> wanted = new HashSet<>(columns);
        List<String> questions = new ArrayList<>();
        for (Question question : bank.questions()) {
            if (Arrays.stream(mastery.objectivesOf(question.id())).anyMatch(wanted::contains)) {
                questions.add(question.id());
            }
        }
        return questions;
    }

    /** The learner being read: sums per objective, given out as rows when the next learner starts. */
    private final class Learner extends LearnerRows {

        private final List<Integer> columns;
        private final Key after;
        private final Instant since;
        private final KeyedRows<MasteryRow> sink;
        private final double[] sums = mastery.newSums();
        private final int[] answered = new int[sums.length];
        private final Instant[] latest = new Instant[sums.length];

        Learner(List<Integer> columns, Key after, Instant since, KeyedRows<MasteryRow> sink) {
            this.columns = columns;
            this.after = after;
            this.since = since;
            this.sink = sink;
        }

        @Override
        void startLearner() {
            Arrays.fill(sums, 0);
            Arrays.fill(answered, 0);
            Arrays.fill(latest, null);
        }

        @Override
        void addRow(ResultSet rs) throws SQLException {
            String questionId = rs.getString(4);
            if (questionId != null) {
                mastery.add(sums, questionId, rs.getDouble(5));
                mastery.count(answered, questionId);
                Instant at = rs.getObject(6, OffsetDateTime.class).toInstant();
                for (int o : mastery.objectivesOf(questionId)) {
                    if (latest[o] == null || at.isAfter(latest[o])) {
                        latest[o] = at;
                    }
                }
            }
        }

        @Override
        boolean giveOut(long learnerId) {
            int[] percents = mastery.percents(sums);
            for (int position = 0; position < columns.size(); position++) {
                int o = columns.get(position);
                Key key = new Key(learnerId, position);
                if ((after != null && key.compareTo(after) <= 0)
                        || (since != null && (latest[o] == null || latest[o].isBefore(since)))) {
                    continue;
                }
                Objective objective = mastery.objectives().get(o);
                MasteryRow row = new MasteryRow(
                        username,
                        displayName,
                        objective.id(),
                        percents[o],
                        answered[o],
                        mastery.questionsOn(o),
                        latest[o]);
                if (!sink.take(key, row)) {
                    return false;
                }
            }
            return true;
        }
    }
}
