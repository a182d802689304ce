package io.kubequiz.attempt;

import io.kubequiz.content.Question;
import java.util.Arrays;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * {@link FormAnswers} for tests of other modules (the item statistics flow): the question forms a learner fills in,
 * with the display positions of one attempt's layout.
 */
public final class StatisticsFormAnswers {

    private StatisticsFormAnswers() {}

    /** A form that gets full marks. */
    public static MultiValueMap<String, String> right(Question question, long seed) {
        return FormAnswers.right(question, seed);
    }

    /** A form that scores 0. */
    public static MultiValueMap<String, String> wrong(Question question, long seed) {
        return FormAnswers.wrong(question, seed);
    }

    /** A choice question's form with these options (bank ids) ticked, at their positions in this attempt. */
    public static MultiValueMap<String, String> picking(Question question, long seed, String... optionIds) {
        QuestionLayout layout = QuestionLayout.of(question, seed);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        Arrays.stream(optionIds)
                .forEach(id -> form.add("choice", Integer.toString(QuestionLayout.positionOf(layout.choiceIds(), id))));
        return form;
    }
}
