package io.kubequiz.content;

import java.util.Locale;

public record TrueFalseBody(boolean answer) implements QuestionBody {

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }

    @Override
    public Grade grade(Answer given) {
        if (given.values().size() != 1) {
            throw new InvalidAnswerException("answer.trueFalse.invalid");
        }
        String value = given.text().trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidAnswerException("answer.trueFalse.invalid");
        }
        return Boolean.parseBoolean(value) == answer ? Grade.FULL : Grade.ZERO;
    }

    @Override
    public Answer modelAnswer() {
        return Answer.of(Boolean.toString(answer));
    }
}
