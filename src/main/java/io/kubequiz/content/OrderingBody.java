package io.kubequiz.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Put items in order. Full credit for the exact order; otherwise {@code (L - 1) / (n - 1)}, where {@code L} is the
 * length of the longest subsequence of the answer whose items are in the right relative order: one item moved costs
 * one step, and a reversed list scores 0.
 */
public record OrderingBody(List<Item> items) implements QuestionBody {

    public OrderingBody {
        items = List.copyOf(items);
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDERING;
    }

    @Override
    public Grade grade(Answer answer) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            rank.put(items.get(i).id(), i);
        }
        List<String> given = answer.values();
        if (given.size() != items.size() || !rank.keySet().containsAll(given) || hasDuplicates(given)) {
            throw new InvalidAnswerException("answer.ordering.invalid", items.size());
        }
        int[] positions = given.stream().mapToInt(rank::get).toArray();
        int longest = longestIncreasingRun(positions);
        if (longest == items.size()) {
            return Grade.FULL;
        }
        return Grade.of((double) (longest - 1) / (items.size() - 1));
    }

    private static boolean hasDuplicates(List<String> values) {
        return values.stream().distinct().count() != values.size();
    }

    /** Length of the longest strictly increasing subsequence, by patience sorting. */
    static int longestIncreasingRun(int[] values) {
        int[] tails = new int[values.length];
        int size = 0;
        for (int value : values) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = value;
            if (lo == size) {
                size++;
            }
        }
        return size;
    }

    @Override
    public Answer modelAnswer() {
        return new Answer(items.stream().map(Item::id).toList());
    }
}
