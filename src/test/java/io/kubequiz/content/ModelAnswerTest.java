package io.kubequiz.content;

import static io.kubequiz.content.TestQuestions.item;
import static io.kubequiz.content.TestQuestions.option;
import static io.kubequiz.content.TestQuestions.pair;
import static io.kubequiz.content.TestQuestions.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelAnswerTest {

    static Stream<QuestionBody> bodies() {
        return Stream.of(
                new ChoiceBody(false, List.of(option("a", false, 0), option("b", true, 1))),
                new ChoiceBody(
                        true,
                        List.of(
                                option("a", true, 0.5),
                                option("b", false, -0.5),
                                option("c", true, 0.5),
                                option("d", false, -0.5))),
                new ChoiceBody(true, List.of(option("a", true, 0.7), option("b", true, 0.3), option("c", false, 0))),
                new TrueFalseBody(true),
                new TrueFalseBody(false),
                new ShortTextBody(List.of("ClusterIP"), null, false),
                new ShortTextBody(List.of("web.prod.svc.cluster.local."), "web\\.[a-z]+\\.svc\\.cluster\\.local", true),
                new NumericBody(256.0, 0, null, null, null),
                new NumericBody(0.3, 0.05, null, null, null),
                new NumericBody(-40.0, 0, null, null, null),
                new NumericBody(1e20, 0, null, null, null),
                new NumericBody(1.5e-7, 0, null, null, null),
                new MatchingBody(List.of(pair("a"), pair("b"), pair("c")), List.of(item("x"))),
                new OrderingBody(List.of(item("a"), item("b"), item("c"))));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void modelAnswerOfEveryBodyGradesAsFullMarks(QuestionBody body) {
        assertThat(question(body).grade(body.modelAnswer())).isEqualTo(Grade.FULL);
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void modelAnswerStillGradesFullAfterEncodeAndDecode(QuestionBody body) {
        Answer stored = Answer.decode(body.type(), body.modelAnswer().encode());
        assertThat(question(body).grade(stored)).isEqualTo(Grade.FULL);
    }

    @Test
    void modelAnswerOfARangeQuestionGradesAsFullMarks() {
        NumericBody range = new NumericBody(null, 0, 10.0, 20.0, null);
        assertThat(question(range).grade(range.modelAnswer())).isEqualTo(Grade.FULL);
    }

    @Test
    void expectedTextOfARangeQuestionNamesBothBounds() {
        NumericBody range = new NumericBody(null, 0, 10.0, 20.5, null);
        assertThat(range.expectedText()).contains("10").contains("20.5");
    }
}
