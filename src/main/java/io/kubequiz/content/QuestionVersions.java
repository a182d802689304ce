package io.kubequiz.content;

import io.kubequiz.content.BankDefinitions.SourcedQuestion;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every version of every question ever shown, kept in the {@code question_version} table. Attempts store the version
 * they showed; grading and review use that version, so editing a question never rewrites history.
 */
@Service
@DependsOnDatabaseInitialization
public class QuestionVersions implements InitializingBean {

    private final QuestionBank bank;
    private final List<SourcedQuestion> loaded;
    private final JdbcClient jdbc;
    private final Map<String, Question> older = new ConcurrentHashMap<>();

    QuestionVersions(QuestionBank bank, BankLoader.LoadedBank loadedBank, JdbcClient jdbc) {
        this.bank = bank;
        this.loaded = loadedBank.questions();
        this.jdbc = jdbc;
    }

    /** Records the versions of the current bank that the table does not have yet. */
    @Override
    public void afterPropertiesSet() {
        Set<String> known = new HashSet<>(jdbc.sql("SELECT question_id || '@' || version FROM question_version")
                .query(String.class)
                .list());
        Timestamp now = Timestamp.from(Instant.now());
        for (SourcedQuestion q : loaded) {
            if (!known.contains(q.def().id() + "@" + q.version())) {
                jdbc.sql("INSERT INTO question_version (question_id, version, content, created_at)"
                                + " VALUES (?, ?, ?, ?)")
                        .params(q.def().id(), q.version(), q.canonicalJson(), now)
                        .update();
            }
        }
    }

    /** The question as it was at {@code version}: the bank's own when current, else the stored one. */
    public Question shown(String questionId, String version) {
        Question current = bank.question(questionId).orElse(null);
        if (current != null && current.version().equals(version)) {
            return current;
        }
        return older.computeIfAbsent(questionId + "@" + version, key -> load(questionId, version));
    }

    /** A question with the canonical JSON its version is the hash of: what {@code question_version} stores. */
    public record StoredQuestion(Question question, String canonicalJson) {

        public String version() {
            return question.version();
        }
    }

    /**
     * A question made outside the bank files, such as a GIFT import: checked by the bank's rules for its type (ids,
     * texts in both languages, answers that can reach full marks...; not its section, objectives or explanation,
     * which the caller chooses), with its canonical JSON and version computed as for a bank question. Storing that
     * JSON in {@code question_version} under the question's id and version lets {@link #shown} reload it equal. The
     * draft's own {@code version} is ignored.
     *
     * @throws InvalidBankException listing the faults when the draft breaks a rule
     */
    public static StoredQuestion standalone(Question draft) {
        return BankLoader.standalone(BankAssembler.definition(draft));
    }

    private Question load(String questionId, String version) {
        String json = jdbc.sql("SELECT content FROM question_version WHERE question_id = ? AND version = ?")
                .params(questionId, version)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("no stored version " + version + " of " + questionId));
        return BankLoader.parseStored(json, version);
    }
}
