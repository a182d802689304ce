package io.kubequiz.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Question sets that trainers imported. A set is saved once and never changes, so it is cached once read; its quiz id
 * is {@code set-<id>} and its questions' ids {@code set<id>-q<n>}, which no bank id can take (bank ids have no
 * digit right after "set" and a dash).
 */
@Service
public class QuestionSets {

    public static final int MAX_TITLE = 120;
    public static final int MAX_QUESTIONS = 500;
    private static final Pattern QUIZ_ID = Pattern.compile("set-(\\d{1,18})");
    private static final Pattern QUESTION_ID = Pattern.compile("set(\\d{1,18})-q\\d+");

    /** A saved set: who owns it, what it is called, where it came from, how many questions it has. */
    public record SetSummary(
            long id, long ownerId, String title, String sourceName, int questionCount, Instant createdAt) {

        public String quizId() {
            return "set-" + id;
        }
    }

    private record LoadedSet(SetSummary summary, Quiz quiz, Map<String, Question> questions) {}

    private static final String SUMMARY_COLUMNS =
            "SELECT id, owner_id, title, source_name, question_count, created_at FROM question_set";
    private static final RowMapper<SetSummary> SUMMARY = (rs, row) -> new SetSummary(
            rs.getLong(1),
            rs.getLong(2),
            rs.getString(3),
            rs.getString(4),
            rs.getInt(5),
            rs.getTimestamp(6).toInstant());

    private final JdbcClient jdbc;
    private final Map<Long, Optional<LoadedSet>> cache = new ConcurrentHashMap<>();

    QuestionSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Saves {@code drafts} as a new set of {@code ownerId}: each draft gets its id in the set, is checked by the bank's
     * rules for its type, and is stored as canonical content beside the bank's. A draft's own id and version are
     * ignored.
     *
     * @throws InvalidBankException when a draft breaks a rule (nothing is saved)
     */
    @Transactional
    public SetSummary save(long ownerId, String title, String sourceName, List<Question> drafts) {
        if (drafts.isEmpty() || drafts.size() > MAX_QUESTIONS) {
            throw new IllegalArgumentException("a set has 1 to " + MAX_QUESTIONS + " questions");
        }
        Instant now = Instant.now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO question_set (owner_id, title, source_name, question_count, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(ownerId, clip(title, MAX_TITLE), clip(sourceName, 255), drafts.size(), Timestamp.from(now))
                .update(key, "id");
        long setId = key.getKeyAs(Number.class).longValue();
        for (int i = 0; i < drafts.size(); i++) {
            Question draft = drafts.get(i);
            Question named = new Question(
                    "set" + setId + "-q" + (i + 1),
                    draft.section(),
                    draft.objectives(),
                    draft.tags(),
                    draft.difficulty(),
                    draft.stem(),
                    draft.explanation(),
                    draft.body(),
                    "");
            QuestionVersions.StoredQuestion stored = QuestionVersions.standalone(named);
            jdbc.sql("INSERT INTO question_version (question_id, version, content, created_at) VALUES (?, ?, ?, ?)")
                    .params(named.id(), stored.version(), stored.canonicalJson(), Timestamp.from(now))
                    .update();
            jdbc.sql("INSERT INTO question_set_item (set_id, position, question_id, question_version)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(setId, i + 1, named.id(), stored.version())
                    .update();
        }
        return new SetSummary(setId, ownerId, clip(title, MAX_TITLE), clip(sourceName, 255), drafts.size(), now);
    }

    /** The sets of one trainer, newest first. */
    public List<SetSummary> ownedBy(long ownerId) {
        return jdbc.sql(SUMMARY_COLUMNS + " WHERE owner_id = ? ORDER BY created_at DESC, id DESC")
                .param(ownerId)
                .query(SUMMARY)
                .list();
    }

    public Optional<SetSummary> summary(String quizId) {
        return loaded(quizId).map(LoadedSet::summary);
    }

    /** The set as a quiz (all its questions, in file order), when {@code quizId} names a saved set. */
    public Optional<Quiz> quiz(String quizId) {
        return loaded(quizId).map(LoadedSet::quiz);
    }

    /** A question of a saved set. */
    public Optional<Question> question(String questionId) {
        Matcher m = QUESTION_ID.matcher(questionId == null ? "" : questionId);
        if (!m.matches()) {
            return Optional.empty();
        }
        return load(Long.parseLong(m.group(1))).map(s -> s.questions().get(questionId));
    }

    private Optional<LoadedSet> loaded(String quizId) {
        Matcher m = QUIZ_ID.matcher(quizId == null ? "" : quizId);
        return m.matches() ? load(Long.parseLong(m.group(1))) : Optional.empty();
    }

    private Optional<LoadedSet> load(long setId) {
        Optional<LoadedSet> known = cache.get(setId);
        if (known != null) {
            return known;
        }
        Optional<LoadedSet> read = read(setId);
        if (read.isPresent()) { // an unknown id is not cached: it may be saved later
            cache.put(setId, read);
        }
        return read;
    }

    private Optional<LoadedSet> read(long setId) {
        Optional<SetSummary> summary = jdbc.sql(SUMMARY_COLUMNS + " WHERE id = ?")
                .param(setId)
                .query(SUMMARY)
                .optional();
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Question> questions = new LinkedHashMap<>();
        jdbc.sql("SELECT i.question_id, i.question_version, v.content FROM question_set_item i"
                        + " JOIN question_version v ON v.question_id = i.question_id AND v.version = i.question_version"
                        + " WHERE i.set_id = ? ORDER BY i.position")
                .param(setId)
                .query(rs -> {
                    questions.put(rs.getString(1), BankLoader.parseStored(rs.getString(3), rs.getString(2)));
                });
        SetSummary s = summary.get();
        LocalizedText title = new LocalizedText(s.title(), s.title());
        List<String> objectives = new ArrayList<>();
        questions
                .values()
                .forEach(q -> q.objectives().stream()
                        .filter(o -> !objectives.contains(o))
                        .forEach(objectives::add));
        Quiz quiz = new Quiz(
                s.quizId(),
                null,
                null,
                title,
                new LocalizedText("", ""),
                List.copyOf(questions.keySet()),
                0,
                objectives);
        return Optional.of(new LoadedSet(s, quiz, Map.copyOf(questions)));
    }

    private static String clip(String text, int max) {
        String clean = text == null ? "" : text.strip();
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
