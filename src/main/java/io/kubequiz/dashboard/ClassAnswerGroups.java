package io.kubequiz.dashboard;

import io.kubequiz.dashboard.ClassDashboardReads.AnswerGroup;
import io.kubequiz.dashboard.ClassDashboardReads.AnswerRow;
import io.kubequiz.dashboard.ClassDashboardReads.AttemptRow;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The class's grouped answers, the one costly read of the class page (it goes through every counted answer), kept
 * per class as long as nothing it depends on has changed. The page polls every 5 seconds while nothing moves; the
 * fingerprint, read anyway for the grades, tells whether anything did: the class's assignments, its current
 * learners, and each of their attempts' state, answer count and score. A counted answer cannot change without one of
 * these changing: a new answer raises its attempt's answer count, and a deferred answer that is changed counts only
 * once its attempt is finished, which changes the attempt's state. When the fingerprint changed, only the answers
 * counted since are read and added. Each application instance keeps its own copy and checks it against the database
 * on every request.
 */
@Component
class ClassAnswerGroups {

    /** What the grouped answers of a class depend on. */
    record Fingerprint(List<Long> assignments, List<Long> learners, List<AttemptRow> attempts) {}

    private record Kept(Fingerprint fingerprint, List<AnswerGroup> groups) {}

    private static final int CLASSES_KEPT = 32;

    /** Beyond this many attempts with new answers, one full read is cheaper than reading them one by one. */
    private static final int MOST_ATTEMPTS_ADDED = 500;

    private final ClassDashboardReads reads;
    private final Map<Long, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
            return size() > CLASSES_KEPT;
        }
    });

    ClassAnswerGroups(ClassDashboardReads reads) {
        this.reads = reads;
    }

    List<AnswerGroup> of(long classId, Fingerprint fingerprint) {
        Kept known = kept.get(classId);
        if (known != null && known.fingerprint().equals(fingerprint)) {
            return known.groups();
        }
        List<AnswerGroup> groups = known == null ? null : added(known, fingerprint);
        if (groups == null) {
            groups = reads.answerGroups(classId, fingerprint.assignments());
        }
        kept.put(classId, new Kept(fingerprint, groups));
        return groups;
    }

    /**
     * The kept groups plus the answers counted since, or null when only a full read will do. Counted answers are only
     * ever added: an answer with immediate feedback is final when given, and a deferred attempt's answers all count
     * at once when it ends. So for each attempt whose count grew, its answers in recorded order are read, the ones
     * counted before are skipped, and exactly as many as its new count are taken (an answer recorded meanwhile waits
     * for the next fingerprint).
     */
    private List<AnswerGroup> added(Kept known, Fingerprint now) {
        Fingerprint before = known.fingerprint();
        if (!before.assignments().equals(now.assignments())
                || !before.learners().equals(now.learners())) {
            return null;
        }
        Map<UUID, AttemptRow> earlier = new HashMap<>();
        before.attempts().forEach(a -> earlier.put(a.id(), a));
        Map<UUID, int[]> window = new HashMap<>();
        for (AttemptRow attempt : now.attempts()) {
            AttemptRow was = earlier.remove(attempt.id());
            int from = was == null ? 0 : was.counted();
            if (attempt.counted() < from) {
                return null;
            }
            if (attempt.counted() > from) {
                window.put(attempt.id(), new int[] {from, attempt.counted()});
            }
        }
        if (!earlier.isEmpty() || window.size() > MOST_ATTEMPTS_ADDED) {
            return null;
        }
        Map<List<String>, AnswerGroup> merged = new LinkedHashMap<>();
        known.groups().forEach(g -> merged.put(key(g.questionId(), g.version(), g.wrongAnswer()), g));
        Map<UUID, Integer> seen = new HashMap<>();
        for (AnswerRow row : reads.answersOf(window.keySet())) {
            int[] range = window.get(row.attemptId());
            int index = seen.merge(row.attemptId(), 1, Integer::sum) - 1;
            if (index < range[0] || index >= range[1]) {
                continue;
            }
            String wrong = row.score() < 1 ? row.answerText() : null;
            merged.merge(
                    key(row.questionId(), row.version(), wrong),
                    new AnswerGroup(row.questionId(), row.version(), wrong, 1, row.score()),
                    (a, b) -> new AnswerGroup(
                            a.questionId(),
                            a.version(),
                            a.wrongAnswer(),
                            a.answers() + 1,
                            a.scoreSum() + b.scoreSum()));
        }
        return List.copyOf(merged.values());
    }

    private static List<String> key(String questionId, String version, String wrongAnswer) {
        return Arrays.asList(questionId, version, wrongAnswer);
    }
}
