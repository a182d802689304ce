package io.kubequiz.content;

import static io.kubequiz.content.TestQuestions.grade;
import static io.kubequiz.content.TestQuestions.invalid;
import static io.kubequiz.content.TestQuestions.question;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrueFalseGradingTest {

    private static final TrueFalseBody TRUE = new TrueFalseBody(true);
    private static final TrueFalseBody FALSE = new TrueFalseBody(false);

    @Test
    void trueFalseRightAnswerScoresFull() {
        assertThat(grade(TRUE, "true")).isEqualTo(Grade.FULL);
        assertThat(grade(FALSE, "false")).isEqualTo(Grade.FULL);
    }

    @Test
    void trueFalseWrongAnswerScoresZero() {
        assertThat(grade(TRUE, "false")).isEqualTo(Grade.ZERO);
        assertThat(grade(FALSE, "true")).isEqualTo(Grade.ZERO);
    }

    @Test
    void trueFalseIgnoresCaseAndSurroundingSpace() {
        assertThat(grade(TRUE, " TRUE ")).isEqualTo(Grade.FULL);
        assertThat(grade(FALSE, "False")).isEqualTo(Grade.FULL);
    }

    @Test
    void trueFalseBlankAnswerScoresZeroWithoutException() {
        assertThat(question(TRUE).grade(Answer.empty())).isEqualTo(Grade.ZERO);
        assertThat(grade(TRUE, "")).isEqualTo(Grade.ZERO);
    }

    @Test
    void trueFalseRejectsAnythingButTrueOrFalse() {
        assertThat(invalid(TRUE, "yes").code()).isEqualTo("answer.trueFalse.invalid");
        assertThat(invalid(TRUE, "1").code()).isEqualTo("answer.trueFalse.invalid");
    }

    @Test
    void trueFalseRejectsTwoValues() {
        assertThat(invalid(TRUE, "true", "false").code()).isEqualTo("answer.trueFalse.invalid");
    }
}
