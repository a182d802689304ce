package io.kubequiz.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubequiz.content.QuestionVersions.StoredQuestion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link QuestionVersions#standalone}: a question made outside the bank gets the bank's checks, JSON and version. */
class StandaloneQuestionTest {

    @Test
    void everyBankQuestionComesBackEqualAndReloadsFromItsJson() {
        for (Question question : ShippedBank.load().questions()) {
            StoredQuestion stored = QuestionVersions.standalone(question);

            assertThat(withVersion(stored.question(), question.version()))
                    .as(question.id())
                    .isEqualTo(question);
            assertThat(stored.version()).isEqualTo(BankLoader.hash(stored.canonicalJson()));
            assertThat(BankLoader.parseStored(stored.canonicalJson(), stored.version()))
                    .as(question.id())
                    .isEqualTo(stored.question());
        }
    }

    @Test
    void theJsonIsCanonicalAndLeavesOutWhatIsAbsent() {
        Question draft = draft("set1-q1", new TrueFalseBody(true));

        StoredQuestion stored = QuestionVersions.standalone(draft);

        assertThat(stored.canonicalJson())
                .isEqualTo("{\"answer\":true,\"difficulty\":\"MEDIUM\",\"explanation\":{\"en\":\"\",\"fr\":\"\"},"
                        + "\"id\":\"set1-q1\",\"objectives\":[],\"stem\":{\"en\":\"Is it?\",\"fr\":\"Is it?\"},"
                        + "\"type\":\"TRUE_FALSE\"}");
        assertThat(stored.version())
                .hasSize(16)
                .isEqualTo(QuestionVersions.standalone(draft).version());
        assertThat(stored.question().section()).isNull();
        assertThat(stored.question().tags()).isEmpty();
    }

    @Test
    void aDraftThatBreaksTheRulesOfItsTypeIsRefusedWithTheFault() {
        Question twoRight = draft(
                "set1-q2",
                new ChoiceBody(
                        false,
                        List.of(
                                new ChoiceBody.Option("a", text("A"), true, 1, null),
                                new ChoiceBody.Option("b", text("B"), true, 1, null))));

        assertThatThrownBy(() -> QuestionVersions.standalone(twoRight))
                .isInstanceOf(InvalidBankException.class)
                .hasMessageContaining("SINGLE_CHOICE needs exactly one correct option, has 2");
        assertThatThrownBy(() -> QuestionVersions.standalone(draft("Set 1", new TrueFalseBody(false))))
                .isInstanceOf(InvalidBankException.class)
                .hasMessageContaining("question id missing or not [a-z0-9-]");
    }

    private static Question draft(String id, QuestionBody body) {
        return new Question(id, null, List.of(), Set.of(), Difficulty.MEDIUM, text("Is it?"), text(""), body, null);
    }

    private static LocalizedText text(String s) {
        return new LocalizedText(s, s);
    }

    private static Question withVersion(Question q, String version) {
        return new Question(
                q.id(),
                q.section(),
                q.objectives(),
                q.tags(),
                q.difficulty(),
                q.stem(),
                q.explanation(),
                q.body(),
                version);
    }
}
