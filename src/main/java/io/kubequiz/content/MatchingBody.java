package io.kubequiz.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Match each left-hand item with a right-hand one. The right-hand choices are the pairs' own right sides (identified
 * by the pair id) plus distractors. An answer is a list of {@code leftPairId=rightId}; partial credit is the share of
 * pairs matched right.
 */
public record MatchingBody(List<Pair> pairs, List<Item> distractors) implements QuestionBody {

    public record Pair(String id, LocalizedText left, LocalizedText right) {}

    public MatchingBody {
        pairs = List.copyOf(pairs);
        distractors = List.copyOf(distractors);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }

    @Override
    public Grade grade(Answer answer) {
        Set<String> lefts = new HashSet<>();
        Set<String> rights = new HashSet<>();
        pairs.forEach(p -> {
            lefts.add(p.id());
            rights.add(p.id());
        });
        distractors.forEach(d -> rights.add(d.id()));
        Map<String, String> matched = new HashMap<>();
        for (String value : answer.values()) {
            if (value.isBlank()) {
                continue;
            }
            int eq = value.indexOf('=');
            if (eq < 0) {
                throw new InvalidAnswerException("answer.matching.invalid");
            }
            String left = value.substring(0, eq);
            String right = value.substring(eq + 1);
            if (!lefts.contains(left) || (!right.isEmpty() && !rights.contains(right))) {
                throw new InvalidAnswerException("answer.matching.invalid");
            }
            if (matched.put(left, right) != null) {
                throw new InvalidAnswerException("answer.matching.invalid");
            }
        }
        long right =
                pairs.stream().filter(p -> p.id().equals(matched.get(p.id()))).count();
        return Grade.of((double) right / pairs.size());
    }

    @Override
    public Answer modelAnswer() {
        return new Answer(pairs.stream().map(p -> p.id() + "=" + p.id()).toList());
    }
}
