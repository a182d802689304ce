package io.kubequiz.attempt;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An attempt and its recorded answers, read in one transaction. */
record AttemptSnapshot(Attempt attempt, Map<String, Response> responses) {

    AttemptSnapshot(Attempt attempt, List<Response> responses) {
        this(attempt, responses.stream().collect(Collectors.toMap(Response::questionId, Function.identity())));
    }

    Optional<Response> response(String questionId) {
        return Optional.ofNullable(responses.get(questionId));
    }

    /** Position (0-based) of the first unanswered question, or -1 when all are answered. */
    int firstUnanswered() {
        List<AttemptItem> items = attempt.items();
        for (int i = 0; i < items.size(); i++) {
            if (!responses.containsKey(items.get(i).questionId())) {
                return i;
            }
        }
        return -1;
    }
}
