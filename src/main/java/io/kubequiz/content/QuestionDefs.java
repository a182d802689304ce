package io.kubequiz.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kubequiz.content.BankDefinitions.ItemDef;
import io.kubequiz.content.BankDefinitions.OptionDef;
import io.kubequiz.content.BankDefinitions.PairDef;
import io.kubequiz.content.BankDefinitions.QuestionDef;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A question back to the shape a bank file has, so that a question made elsewhere (an import) is stored as canonical
 * JSON exactly like the bank's, and read back by the same code.
 */
final class QuestionDefs {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private QuestionDefs() {}

    /** The question as the canonical JSON stored in {@code question_version}; its version is the hash of it. */
    static String canonicalJson(Question q) {
        return BankLoader.canonical(JSON.valueToTree(of(q)));
    }

    static QuestionDef of(Question q) {
        QuestionBody body = q.body();
        List<String> tags =
                q.tags().isEmpty() ? null : q.tags().stream().sorted().toList();
        List<OptionDef> options = null;
        Boolean answer = null;
        List<String> accepted = null;
        String pattern = null;
        Boolean dnsName = null;
        Double value = null;
        Double tolerance = null;
        Double min = null;
        Double max = null;
        LocalizedText unit = null;
        List<PairDef> pairs = null;
        List<ItemDef> distractors = null;
        List<ItemDef> items = null;
        if (body instanceof ChoiceBody choice) {
            options = new ArrayList<>();
            for (ChoiceBody.Option o : choice.options()) {
                options.add(new OptionDef(o.id(), o.text(), o.correct(), o.weight(), o.feedback()));
            }
        } else if (body instanceof TrueFalseBody trueFalse) {
            answer = trueFalse.answer();
        } else if (body instanceof ShortTextBody text) {
            accepted = text.accepted();
            pattern = text.pattern();
            dnsName = text.dnsName() ? Boolean.TRUE : null;
        } else if (body instanceof NumericBody numeric) {
            value = numeric.value();
            tolerance = numeric.value() != null ? numeric.tolerance() : null;
            min = numeric.min();
            max = numeric.max();
            unit = numeric.unit();
        } else if (body instanceof MatchingBody matching) {
            pairs = matching.pairs().stream()
                    .map(p -> new PairDef(p.id(), p.left(), p.right()))
                    .toList();
            distractors = matching.distractors().isEmpty() ? null : items(matching.distractors());
        } else if (body instanceof OrderingBody ordering) {
            items = items(ordering.items());
        }
        return new QuestionDef(
                q.id(),
                q.type(),
                q.section(),
                q.objectives(),
                tags,
                q.difficulty(),
                q.stem(),
                q.explanation(),
                options,
                answer,
                accepted,
                pattern,
                dnsName,
                value,
                tolerance,
                min,
                max,
                unit,
                pairs,
                distractors,
                items);
    }

    private static List<ItemDef> items(List<Item> items) {
        return items.stream().map(i -> new ItemDef(i.id(), i.text())).toList();
    }
}
