package io.kubequiz.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.Chapter;
import io.kubequiz.content.Difficulty;
import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.Objective;
import io.kubequiz.content.ObjectiveKind;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.Section;
import io.kubequiz.content.TrueFalseBody;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Mastery = mean over the objective's questions of the latest score, unanswered counting 0. */
class MasteryTest {

    private static final LocalizedText TEXT = new LocalizedText("t", "t");
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private static Question question(String id, String... objectives) {
        return new Question(
                id, "1", List.of(objectives), Set.of(), Difficulty.EASY, TEXT, TEXT, new TrueFalseBody(true), "v");
    }

    private static final QuestionBank BANK = new QuestionBank(
            List.of(new Chapter(
                    "c",
                    TEXT,
                    List.of(new Section("1", TEXT)),
                    List.of(
                            new Objective("a", "c", ObjectiveKind.THEORY, TEXT),
                            new Objective("b", "c", ObjectiveKind.PRACTICE, TEXT)),
                    List.of())),
            List.of(question("q1", "a"), question("q2", "a", "b"), question("q3", "a"), question("q4", "a")));

    private static QuestionState state(String questionId, double... scores) {
        QuestionState state = new QuestionState(1, questionId);
        for (int i = 0; i < scores.length; i++) {
            state.record(scores[i], T0.plusSeconds(i));
        }
        return state;
    }

    @Test
    void averagesTheLatestScoreOverAllTheObjectivesQuestions() {
        var mastery = Mastery.of(BANK, List.of(state("q1", 0, 1), state("q2", 0.5), state("q4", 1, 0)));

        Mastery.ObjectiveMastery a = mastery.get(0);
        assertThat(a.objective().id()).isEqualTo("a");
        assertThat(a.questions()).isEqualTo(4);
        assertThat(a.answered()).isEqualTo(3);
        assertThat(a.percent()).isEqualTo(38); // (1 + 0.5 + 0 + 0) / 4 = 37.5 %
        Mastery.ObjectiveMastery b = mastery.get(1);
        assertThat(b.percent()).isEqualTo(50);
        assertThat(b.answered()).isEqualTo(1);
    }

    @Test
    void aNewLearnerHasZeroEverywhere() {
        assertThat(Mastery.of(BANK, List.of()))
                .allSatisfy(m -> assertThat(m.percent()).isZero());
    }

    @Test
    void anOlderAnswerArrivingLateDoesNotReplaceTheLatest() {
        QuestionState state = new QuestionState(1, "q1");
        state.record(1, T0.plusSeconds(60));
        state.record(0, T0);
        assertThat(state.lastScore()).isEqualTo(1);
    }

    @Test
    void mistakesAreTheQuestionsWhoseLatestAnswerWasNotFullyRightMostRecentFirst() {
        List<QuestionState> states =
                List.of(state("q1", 1), state("q2", 1, 0.5), state("q3", 0), state("q4", 0, 1), state("gone", 0));
        assertThat(Mastery.mistakes(BANK, states)).containsExactly("q2", "q3");
    }
}
