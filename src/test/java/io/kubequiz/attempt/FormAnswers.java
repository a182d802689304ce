package io.kubequiz.attempt;

import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Item;
import io.kubequiz.content.MatchingBody;
import io.kubequiz.content.NumericBody;
import io.kubequiz.content.OrderingBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.ShortTextBody;
import io.kubequiz.content.TrueFalseBody;
import java.util.List;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Fills a question's form as a learner who knows (or does not know) the answer would, for one attempt's layout. */
final class FormAnswers {

    private FormAnswers() {}

    static MultiValueMap<String, String> right(Question question, long seed) {
        QuestionLayout layout = QuestionLayout.of(question, seed);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (question.body() instanceof ChoiceBody body) {
            body.options().stream()
                    .filter(ChoiceBody.Option::correct)
                    .forEach(o -> form.add("choice", position(layout.choiceIds(), o.id())));
        } else if (question.body() instanceof TrueFalseBody body) {
            form.add("choice", Boolean.toString(body.answer()));
        } else if (question.body() instanceof ShortTextBody body) {
            form.add("text", body.accepted().get(0));
        } else if (question.body() instanceof NumericBody body) {
            form.add("text", body.modelAnswer().text());
        } else if (question.body() instanceof MatchingBody) {
            for (int i = 0; i < layout.leftIds().size(); i++) {
                form.add(
                        "match_" + (i + 1),
                        position(layout.rightIds(), layout.leftIds().get(i)));
            }
        } else if (question.body() instanceof OrderingBody body) {
            List<String> order = body.items().stream().map(Item::id).toList();
            for (int i = 0; i < layout.itemIds().size(); i++) {
                form.add(
                        "order_" + (i + 1),
                        Integer.toString(order.indexOf(layout.itemIds().get(i)) + 1));
            }
        }
        return form;
    }

    /** An answer that scores 0. */
    static MultiValueMap<String, String> wrong(Question question, long seed) {
        QuestionLayout layout = QuestionLayout.of(question, seed);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (question.body() instanceof ChoiceBody body) {
            body.options().stream()
                    .filter(o -> !o.correct())
                    .limit(body.multiple() ? Long.MAX_VALUE : 1)
                    .forEach(o -> form.add("choice", position(layout.choiceIds(), o.id())));
        } else if (question.body() instanceof TrueFalseBody body) {
            form.add("choice", Boolean.toString(!body.answer()));
        } else if (question.body() instanceof ShortTextBody) {
            form.add("text", "certainly-not-the-answer");
        } else if (question.body() instanceof NumericBody) {
            form.add("text", "-987654");
        } else if (question.body() instanceof MatchingBody) {
            int size = layout.leftIds().size();
            for (int i = 0; i < size; i++) {
                String otherPair = layout.leftIds().get((i + 1) % size);
                form.add("match_" + (i + 1), position(layout.rightIds(), otherPair));
            }
        } else if (question.body() instanceof OrderingBody body) {
            List<String> order = body.items().stream().map(Item::id).toList();
            for (int i = 0; i < layout.itemIds().size(); i++) {
                int rank = order.indexOf(layout.itemIds().get(i)) + 1;
                form.add("order_" + (i + 1), Integer.toString(order.size() + 1 - rank));
            }
        }
        return form;
    }

    private static String position(List<String> ids, String id) {
        return Integer.toString(QuestionLayout.positionOf(ids, id));
    }
}
