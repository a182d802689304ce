package io.kubequiz.attempt;

import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Item;
import io.kubequiz.content.MatchingBody;
import io.kubequiz.content.OrderingBody;
import io.kubequiz.content.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * How a question is laid out in one attempt: the order of its options, matching sides and ordering steps. The page
 * only ever sees display positions (1, 2, 3…), never the bank's ids, so no id can hint at the right answer.
 */
record QuestionLayout(
        Question question, List<String> choiceIds, List<String> leftIds, List<String> rightIds, List<String> itemIds) {

    static QuestionLayout of(Question question, long seed) {
        String key = question.id();
        List<String> choices = List.of();
        List<String> lefts = List.of();
        List<String> rights = List.of();
        List<String> items = List.of();
        if (question.body() instanceof ChoiceBody body) {
            List<String> ids =
                    body.options().stream().map(ChoiceBody.Option::id).toList();
            choices = permute(ids, Shuffle.order(seed, key, ids.size()));
        } else if (question.body() instanceof MatchingBody body) {
            List<String> pairIds =
                    body.pairs().stream().map(MatchingBody.Pair::id).toList();
            List<String> rightIds = new ArrayList<>(pairIds);
            body.distractors().forEach(d -> rightIds.add(d.id()));
            lefts = permute(pairIds, Shuffle.order(seed, key + "/left", pairIds.size()));
            rights = permute(rightIds, Shuffle.scrambled(seed, key + "/right", rightIds.size()));
        } else if (question.body() instanceof OrderingBody body) {
            List<String> ids = body.items().stream().map(Item::id).toList();
            items = permute(ids, Shuffle.scrambled(seed, key + "/order", ids.size()));
        }
        return new QuestionLayout(question, choices, lefts, rights, items);
    }

    private static List<String> permute(List<String> ids, List<Integer> order) {
        return order.stream().map(ids::get).toList();
    }

    /** The id shown at a 1-based display position, or null when the position is out of range. */
    static String at(List<String> ids, int position) {
        return position >= 1 && position <= ids.size() ? ids.get(position - 1) : null;
    }

    /** The 1-based display position of an id, or 0 when absent. */
    static int positionOf(List<String> ids, String id) {
        return ids.indexOf(id) + 1;
    }
}
