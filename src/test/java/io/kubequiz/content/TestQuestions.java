package io.kubequiz.content;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Builds questions straight from the records, so grading tests need no bank. */
final class TestQuestions {

    private TestQuestions() {}

    static LocalizedText text(String en) {
        return new LocalizedText("fr: " + en, en);
    }

    static Question question(QuestionBody body) {
        return new Question(
                "q-test",
                "7.1",
                List.of("ob-one"),
                Set.of("tag"),
                Difficulty.EASY,
                text("Stem?"),
                text("Because (§7.1)."),
                body,
                "0123456789abcdef");
    }

    /** Grades through {@link Question#grade(Answer)}, as the application does. */
    static Grade grade(QuestionBody body, String... values) {
        return question(body).grade(Answer.of(values));
    }

    static double score(QuestionBody body, String... values) {
        return grade(body, values).score();
    }

    /** The exception a malformed answer raises. */
    static InvalidAnswerException invalid(QuestionBody body, String... values) {
        return assertThrows(
                InvalidAnswerException.class,
                () -> question(body).grade(Answer.of(values)),
                () -> "expected " + Arrays.toString(values) + " to be malformed");
    }

    static ChoiceBody.Option option(String id, boolean correct, double weight) {
        return new ChoiceBody.Option(id, text("option " + id), correct, weight, null);
    }

    static Item item(String id) {
        return new Item(id, text("item " + id));
    }

    static MatchingBody.Pair pair(String id) {
        return new MatchingBody.Pair(id, text("left " + id), text("right " + id));
    }
}
