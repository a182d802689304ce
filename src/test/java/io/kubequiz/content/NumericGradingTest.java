package io.kubequiz.content;

import static io.kubequiz.content.TestQuestions.grade;
import static io.kubequiz.content.TestQuestions.invalid;
import static io.kubequiz.content.TestQuestions.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericGradingTest {

    private static NumericBody exactly(double value) {
        return new NumericBody(value, 0, null, null, null);
    }

    private static NumericBody around(double value, double tolerance) {
        return new NumericBody(value, tolerance, null, null, null);
    }

    private static NumericBody between(double min, double max) {
        return new NumericBody(null, 0, min, max, null);
    }

    static Stream<Arguments> acceptedNumbers() {
        return Stream.of(
                Arguments.of("256", 256.0),
                Arguments.of(" 256 ", 256.0),
                Arguments.of("+256", 256.0),
                Arguments.of("-256", -256.0),
                Arguments.of("2.5e2", 250.0),
                Arguments.of("2.56E+2", 256.0),
                Arguments.of("2,5", 2.5),
                Arguments.of("0,25", 0.25),
                Arguments.of(".5", 0.5),
                Arguments.of("2 768", 2768.0),
                Arguments.of("2\u00A0768", 2768.0),
                Arguments.of("2\u202F768", 2768.0),
                Arguments.of("1 000 000", 1_000_000.0),
                Arguments.of("-2 768,5", -2768.5));
    }

    @ParameterizedTest
    @MethodSource("acceptedNumbers")
    void numericParsesTheWaysPeopleWriteNumbers(String typed, double expected) {
        assertThat(NumericBody.parse(typed)).isEqualTo(expected);
    }

    @Test
    void numericRightValueScoresFullInEveryAcceptedNotation() {
        NumericBody body = exactly(256);
        assertThat(grade(body, "256")).isEqualTo(Grade.FULL);
        assertThat(grade(body, " 256 ")).isEqualTo(Grade.FULL);
        assertThat(grade(body, "+256")).isEqualTo(Grade.FULL);
        assertThat(grade(body, "2.56e2")).isEqualTo(Grade.FULL);
        assertThat(grade(body, "256,0")).isEqualTo(Grade.FULL);
        assertThat(grade(exactly(250), "2.5e2")).isEqualTo(Grade.FULL);
        assertThat(grade(exactly(2.5), "2,5")).isEqualTo(Grade.FULL);
        assertThat(grade(exactly(2768), "2 768")).isEqualTo(Grade.FULL);
        assertThat(grade(exactly(2768), "2\u00A0768")).isEqualTo(Grade.FULL);
        assertThat(grade(exactly(2768), "2\u202F768")).isEqualTo(Grade.FULL);
    }

    @Test
    void numericWrongValueScoresZero() {
        assertThat(grade(exactly(256), "255")).isEqualTo(Grade.ZERO);
        assertThat(grade(exactly(256), "256.5")).isEqualTo(Grade.ZERO);
        assertThat(grade(exactly(256), "-256")).isEqualTo(Grade.ZERO);
    }

    @Test
    void numericToleranceIsInclusive() {
        NumericBody body = around(100, 5);
        assertThat(grade(body, "95")).isEqualTo(Grade.FULL);
        assertThat(grade(body, "100")).isEqualTo(Grade.FULL);
        assertThat(grade(body, "105")).isEqualTo(Grade.FULL);
        assertThat(grade(body, "94.99")).isEqualTo(Grade.ZERO);
        assertThat(grade(body, "105.01")).isEqualTo(Grade.ZERO);
    }

    @Test
    void numericToleranceEdgeSurvivesFloatingPointError() {
        NumericBody body = around(0.3, 0.1);
        assertThat(grade(body, "0.4"))
                .as("|0.4 - 0.3| is 0.10000000000000003 in doubles")
                .isEqualTo(Grade.FULL);
        assertThat(grade(body, "0,2")).isEqualTo(Grade.FULL);
        assertThat(grade(body, "0.41")).isEqualTo(Grade.ZERO);
    }

    @Test
    void numericRangeIsInclusive() {
        NumericBody body = between(10, 20);
        assertThat(grade(body, "10")).isEqualTo(Grade.FULL);
        assertThat(grade(body, "15")).isEqualTo(Grade.FULL);
        assertThat(grade(body, "20")).isEqualTo(Grade.FULL);
        assertThat(grade(body, "9.99")).isEqualTo(Grade.ZERO);
        assertThat(grade(body, "20,01")).isEqualTo(Grade.ZERO);
    }

    @Test
    void numericBlankAnswerScoresZeroWithoutException() {
        assertThat(question(exactly(0)).grade(Answer.empty())).isEqualTo(Grade.ZERO);
        assertThat(grade(exactly(0), "")).isEqualTo(Grade.ZERO);
        assertThat(grade(exactly(0), "   ")).isEqualTo(Grade.ZERO);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc",
                "1.2.3",
                "12abc",
                "NaN",
                "Infinity",
                "-Infinity",
                "1e999",
                "-1e999",
                "0x10",
                "12 34",
                "1,2,3",
                "5 %",
                "1d",
                "--1"
            })
    void numericRejectsWordsWithAMessageNotAZero(String typed) {
        InvalidAnswerException e = invalid(exactly(0), typed);
        assertThat(e.code()).isEqualTo("answer.numeric.invalid");
        assertThat(e.arguments()).containsExactly(typed);
    }

    @Test
    void numericMalformedAnswerArgumentIsTheTypedTextWithoutSurroundingSpace() {
        assertThat(invalid(exactly(0), "  abc ").arguments()).containsExactly("abc");
    }

    @Test
    void numericParseThrowsTheSameCodeAsGrading() {
        assertThatThrownBy(() -> NumericBody.parse("1e999"))
                .isInstanceOfSatisfying(
                        InvalidAnswerException.class, e -> assertThat(e.code()).isEqualTo("answer.numeric.invalid"));
    }
}
