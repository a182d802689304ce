package io.kubequiz.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.attempt.AttemptPages.NavItem;
import org.junit.jupiter.api.Test;

/** What the question strip says of each question: right and wrong only once graded, never guessed from a score. */
class NavItemTest {

    private static NavItem item(boolean answered, boolean current, boolean correct, boolean graded) {
        return new NavItem(3, "q", answered, current, correct, graded);
    }

    @Test
    void anOpenQuestionHasNoMark() {
        NavItem open = item(false, false, false, true);
        assertThat(open.state()).isEmpty();
        assertThat(open.label()).isEqualTo("nav.item.open");
        assertThat(open.mark()).isNull();
    }

    @Test
    void aGradedAnswerIsRightOrWrong() {
        assertThat(item(true, false, true, true).state()).isEqualTo("right");
        assertThat(item(true, false, true, true).label()).isEqualTo("nav.item.right");
        assertThat(item(true, false, true, true).mark()).isEqualTo("✓");
        assertThat(item(true, false, false, true).state()).isEqualTo("wrong");
        assertThat(item(true, false, false, true).label()).isEqualTo("nav.item.wrong");
        assertThat(item(true, false, false, true).mark()).isEqualTo("✗");
    }

    @Test
    void anAnswerNotYetGradedIsOnlyAnswered() {
        NavItem saved = item(true, false, false, false);
        assertThat(saved.state()).isEqualTo("answered");
        assertThat(saved.label()).isEqualTo("nav.item.answered");
        assertThat(saved.mark()).isEqualTo("•");
    }

    @Test
    void theCurrentQuestionIsMarkedAsSuchWhateverItsAnswer() {
        assertThat(item(true, true, false, true).state()).isEqualTo("current");
        assertThat(item(true, true, false, true).label()).isEqualTo("nav.item.wrong");
    }
}
