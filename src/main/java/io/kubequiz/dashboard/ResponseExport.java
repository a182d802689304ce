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
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** Answers per statement on H2 (see {@link ExportReads}): a few megabytes in its heap at once. */
    static final int CHUNK = 10_000;

    private final QuestionVersions versions;
    private final DashboardAnswers answers;
    private final ExportReads reads;
    private final JdbcClient jdbc;

    ResponseExport(QuestionVersions versions, DashboardAnswers answers, ExportReads reads, JdbcClient jdbc) {
        this.versions = versions;
        this.answers = answers;
        this.reads = reads;
        this.jdbc = jdbc;
    }

    /**
     * Walks {@code attempt_response} in primary-key order from the key on, joined to its attempt only. The join is
     * outer so that H2 keeps the answers first, walks their primary key and stops at the LIMIT without sorting (an
     * ORDER BY r.id over an inner join makes H2 start from the class's attempts and sort all their answers);
     * PostgreSQL turns it back into an inner join. Learners no longer in the class are left out here, by the map of
     * current learners. {@code limit}: the rows a page needs (0: all).
     */
    void read(Scope scope, Key after, int limit, Locale locale, KeyedRows<ResponseRow> sink) {
        List<Long> ids = scope.assignmentIds();
        if (ids.isEmpty()) {
            return;
        }
        ExportReads.Query query = new ExportReads.Query() {
            @Override
            public ExportReads.Statement at(long from, int units) {
                return statement(scope, ids, from, units);
            }

            @Override
            public int chunk() {
                return CHUNK;
            }
        };
        Map<Long, String> learners = currentLearners(scope.classId());
        Texts texts = new Texts(locale);
        reads.stream(query, after == null ? 0 : after.item() + 1, limit, rs -> {
            String username = learners.get(rs.getLong(3));
            if (username == null) {
                return true; // not in the class now
            }
            long id = rs.getLong(1);
            Question question = versions.shown(rs.getString(7), rs.getString(8));
            String stored = rs.getString(9);
            double score = rs.getDouble(10);
            ResponseRow row = new ResponseRow(
                    id,
                    rs.getObject(2, UUID.class),
                    username,
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

    /**
     * The class's current learners by id, with their usernames: as many as the class has, read once, so that the
     * answers' query joins only their attempt (each more join costs a lookup per answer).
     */
    private Map<Long, String> currentLearners(long classId) {
        Map<Long, String> learners = new HashMap<>();
        jdbc.sql("SELECT u.id, u.username FROM enrolment e JOIN app_user u ON u.id = e.user_id"
                        + " WHERE e.classroom_id = ? AND e.removed_at IS NULL")
                .param(classId)
                .query(rs -> {
                    learners.put(rs.getLong(1), rs.getString(2));
                });
        return learners;
    }

    private static ExportReads.Statement statement(Scope scope, List<Long> ids, long from, int limit) {
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(from);
        StringBuilder sql = new StringBuilder("SELECT r.id, r.attempt_id, a.user_id, a.assignment_id, a.quiz_id,"
                        + " a.attempt_number, r.question_id, r.question_version, r.answer_text, r.score, r.answered_at"
                        + " FROM attempt_response r LEFT JOIN attempt a ON a.id = r.attempt_id"
                        + " WHERE a.assignment_id IN (")
                .append(ExportReads.placeholders(ids))
                .append(") AND (a.attempt_state <> 'IN_PROGRESS' OR a.immediate_feedback = TRUE) AND r.id >= ?");
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
        return new ExportReads.Statement(sql.toString(), parameters);
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
