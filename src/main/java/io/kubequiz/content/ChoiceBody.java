package io.kubequiz.content;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Single or multiple choice. For multiple choice each picked option adds its weight (negative for wrong options) and
 * the sum is floored at 0; the weights of the correct options add up to 1.
 */
public record ChoiceBody(boolean multiple, List<Option> options) implements QuestionBody {

    public record Option(String id, LocalizedText text, boolean correct, double weight, LocalizedText feedback) {}

    public ChoiceBody {
        options = List.copyOf(options);
    }

    @Override
    public QuestionType type() {
        return multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
    }

    @Override
    public Grade grade(Answer answer) {
        Map<String, Option> byId = options.stream().collect(Collectors.toMap(Option::id, Function.identity()));
        Set<String> picked = new HashSet<>();
        for (String id : answer.values()) {
            if (!byId.containsKey(id)) {
                throw new InvalidAnswerException("answer.choice.unknown");
            }
            if (!picked.add(id)) {
                throw new InvalidAnswerException("answer.choice.duplicate");
            }
        }
        if (!multiple) {
            if (picked.size() > 1) {
                throw new InvalidAnswerException("answer.choice.onlyOne");
            }
            return byId.get(picked.iterator().next()).correct() ? Grade.FULL : Grade.ZERO;
        }
        double sum = picked.stream().mapToDouble(id -> byId.get(id).weight()).sum();
        return Grade.of(sum);
    }

    @Override
    public Answer modelAnswer() {
        return new Answer(
                options.stream().filter(Option::correct).map(Option::id).toList());
    }
}
