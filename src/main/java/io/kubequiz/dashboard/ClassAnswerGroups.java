package io.kubequiz.dashboard;

import io.kubequiz.dashboard.ClassDashboardReads.AnswerGroup;
import io.kubequiz.dashboard.ClassDashboardReads.AttemptRow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The class's grouped answers, the one costly read of the class page (it goes through every counted answer), kept
 * per class as long as nothing it depends on has changed. The page polls every 5 seconds while nothing moves; the
 * fingerprint, read anyway for the grades, tells whether anything did: the class's assignments, its current
 * learners, and each of their attempts' state, answer count and score. A counted answer cannot change without one of
 * these changing: a new answer raises its attempt's answer count, and a deferred answer that is changed counts only
 * once its attempt is finished, which changes the attempt's state. Each application instance keeps its own copy and
 * checks it against the database on every request.
 */
@Component
class ClassAnswerGroups {

    /** What the grouped answers of a class depend on. */
    record Fingerprint(List<Long> assignments, List<Long> learners, List<AttemptRow> attempts) {}

    private record Kept(Fingerprint fingerprint, List<AnswerGroup> groups) {}

    private static final int CLASSES_KEPT = 32;

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
        List<AnswerGroup> groups = reads.answerGroups(classId, fingerprint.assignments());
        kept.put(classId, new Kept(fingerprint, groups));
        return groups;
    }
}
