package io.kubequiz.dashboard;

import io.kubequiz.content.Answer;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionVersions;
import io.kubequiz.dashboard.ClassExports.Key;
import io.kubequiz.dashboard.ClassExports.KeyedRows;
import io.kubequiz.dashboard.ClassExports.ResponseRow;
import io.kubequiz.dashboard.ClassExports.Scope;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Recorded answers of the class's current learners to its assignments, once final, in the order of their ids. The
 * question each answer was given to is the version the learner was shown ({@link QuestionVersions#shown}: the bank's
 * own, or a stored version read once and kept), which gives the objectives and the answer as text; the same answer to
 * the same question version is turned into text once per read.
 *
 * <p>{@code since} keeps the answers that became final at or after it: when given for an attempt with immediate
 * feedback, else when the attempt ended (until then such an answer can still change).
 */
@Component
class ResponseExport {

    /** Distinct answers turned into text and kept during one read; past this many, later ones are not kept. */
    private static final int KEPT_TEXTS = 20_000;

    private final QuestionVersions versions;
    private final DashboardAnswers answers;
    private final ExportReads reads;

    ResponseExport(QuestionVersions versions, DashboardAnswers answers, ExportReads reads) {
        this.versions = versions;
        this.answers = answers;
        this.reads = reads;
    }

    /**
     * Walks {@code attempt_response} in primary-key order from the key on: the other tables are outer-joined so that
     * H2 keeps it first and streams without sorting (an ORDER BY r.id over inner joins makes H2 start from the class's
     * attempts and sort every answer in memory); PostgreSQL turns them back into inner joins. {@code limit} 0: all.
     */
    void read(Scope scope, Key after, int limit, Locale locale, KeyedRows<ResponseRow> sink) {
        List<Long> ids = scope.assignmentIds();
        if (ids.isEmpty()) {
            return;
        }
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(scope.classId());
        StringBuilder sql = new StringBuilder("SELECT r.id, r.attempt_id, u.username, a.assignment_id, a.quiz_id,"
                        + " a.attempt_number, r.question_id, r.question_version, r.answer_text, r.score, r.answered_at"
                        + " FROM attempt_response r LEFT JOIN attempt a ON a.id = r.attempt_id"
                        + " LEFT JOIN app_user u ON u.id = a.user_id"
                        + " WHERE a.assignment_id IN (")
                .append(ExportReads.placeholders(ids))
                .append(") AND (a.attempt_state <> 'IN_PROGRESS' OR a.immediate_feedback = TRUE)"
                        + " AND EXISTS (SELECT 1 FROM enrolment e WHERE e.classroom_id = ? AND e.user_id = a.user_id"
                        + " AND e.removed_at IS NULL)");
        if (after != null) {
            sql.append(" AND r.id > ?");
            parameters.add(after.item());
        }
        if (scope.since() != null) {
            OffsetDateTime since = scope.since().atOffset(ZoneOffset.UTC);
            sql.append(" AND ((a.immediate_feedback = TRUE AND r.answered_at >= ?)"
                    + " OR (a.immediate_feedback = FALSE AND a.finished_at >= ?))");
            parameters.add(since);
            parameters.add(since);
        }
        sql.append(" ORDER BY r.id");
        if (limit > 0) {
            sql.append(" LIMIT ?");
            parameters.add(limit);
        }
        Texts texts = new Texts(locale);
        reads.stream(sql.toString(), parameters, rs -> {
            long id = rs.getLong(1);
            Question question = versions.shown(rs.getString(7), rs.getString(8));
            String stored = rs.getString(9);
            double score = rs.getDouble(10);
            ResponseRow row = new ResponseRow(
                    id,
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getInt(6),
                    question.id(),
                    question.version(),
                    question.objectives(),
                    texts.of(question, stored),
                    stored,
                    score,
                    score >= 1,
                    rs.getObject(11, OffsetDateTime.class).toInstant());
            return sink.take(new Key(0, id), row);
        });
    }

    /** Answers as text, kept by question version (the same object for the same version) and stored answer. */
    private final class Texts {

        private final Locale locale;
        private final Map<Question, Map<String, String>> kept = new IdentityHashMap<>();
        private int size;

        Texts(Locale locale) {
            this.locale = locale;
        }

        String of(Question question, String stored) {
            Map<String, String> byAnswer = kept.computeIfAbsent(question, q -> new HashMap<>());
            String text = byAnswer.get(stored);
            if (text == null) {
                text = Answer.decode(question.type(), stored).isBlank()
                        ? ""
                        : answers.of(question, stored, locale).joined();
                if (size < KEPT_TEXTS) {
                    byAnswer.put(stored, text);
                    size++;
                }
            }
            return text;
        }
    }
}
