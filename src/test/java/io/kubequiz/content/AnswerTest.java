package io.kubequiz.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerTest {

    static Stream<Arguments> answersOfEveryType() {
        return Stream.of(
                Arguments.of(QuestionType.SINGLE_CHOICE, Answer.of("b")),
                Arguments.of(QuestionType.MULTIPLE_CHOICE, Answer.of("a", "c", "d")),
                Arguments.of(QuestionType.TRUE_FALSE, Answer.of("false")),
                Arguments.of(QuestionType.SHORT_TEXT, Answer.of("  Web.Prod.svc.cluster.local. ")),
                Arguments.of(QuestionType.SHORT_TEXT, Answer.of("kubectl get pods | grep web")),
                Arguments.of(QuestionType.NUMERIC, Answer.of("2\u00A0768,5")),
                Arguments.of(QuestionType.NUMERIC, Answer.of("1|2")),
                Arguments.of(QuestionType.MATCHING, Answer.of("a=b", "b=", "c=x")),
                Arguments.of(QuestionType.ORDERING, Answer.of("c", "a", "d", "b")));
    }

    @ParameterizedTest
    @MethodSource("answersOfEveryType")
    void answerSurvivesEncodeAndDecode(QuestionType type, Answer answer) {
        assertThat(Answer.decode(type, answer.encode())).isEqualTo(answer);
    }

    @Test
    void answerEncodesIdsWithAPipe() {
        assertThat(Answer.of("a", "c").encode()).isEqualTo("a|c");
        assertThat(Answer.decode(QuestionType.ORDERING, "c|a|b").values()).containsExactly("c", "a", "b");
    }

    @Test
    void answerTextContainingAPipeStaysWhole() {
        Answer typed = Answer.of("kubectl get pods | grep web");
        Answer decoded = Answer.decode(QuestionType.SHORT_TEXT, typed.encode());
        assertThat(decoded.values()).containsExactly("kubectl get pods | grep web");
        assertThat(decoded.text()).isEqualTo("kubectl get pods | grep web");
        assertThat(Answer.decode(QuestionType.NUMERIC, "1|2").values()).containsExactly("1|2");
    }

    @Test
    void answerNothingDecodesToAnEmptyAnswer() {
        for (QuestionType type : QuestionType.values()) {
            assertThat(Answer.decode(type, null)).isEqualTo(Answer.empty());
            assertThat(Answer.decode(type, "")).isEqualTo(Answer.empty());
        }
        assertThat(Answer.empty().encode()).isEmpty();
        assertThat(Answer.empty().text()).isEmpty();
    }

    @Test
    void answerIsBlankWhenEveryValueIsBlank() {
        assertThat(Answer.empty().isBlank()).isTrue();
        assertThat(Answer.of("", " \t").isBlank()).isTrue();
        assertThat(Answer.of("", "a").isBlank()).isFalse();
    }

    @Test
    void answerTextIsTheFirstValue() {
        assertThat(Answer.of("256").text()).isEqualTo("256");
    }
}
