package io.kubequiz.interop;

import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.MatchingBody;
import io.kubequiz.content.NumericBody;
import io.kubequiz.content.OrderingBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionType;
import io.kubequiz.content.RichText;
import io.kubequiz.content.ShortTextBody;
import io.kubequiz.content.TrueFalseBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A question of a set as its owner reviews it: stem, every answer with the right ones marked, feedback. */
record SetQuestionView(
        String id, QuestionType type, String stemHtml, String explanationHtml, List<AnswerLine> answers) {

    /** One answer: HTML, or a message key when the answer is a word of the interface (true, false). */
    record AnswerLine(String html, String messageKey, boolean correct, String weight, String feedbackHtml) {

        static AnswerLine text(String html, boolean correct) {
            return new AnswerLine(html, null, correct, null, null);
        }
    }

    static SetQuestionView of(Question q, Locale locale) {
        return new SetQuestionView(
                q.id(),
                q.type(),
                RichText.html(q.stem().in(locale)),
                q.explanation() == null ? "" : RichText.html(q.explanation().in(locale)),
                answers(q, locale));
    }

    private static List<AnswerLine> answers(Question q, Locale locale) {
        List<AnswerLine> lines = new ArrayList<>();
        if (q.body() instanceof ChoiceBody choice) {
            for (ChoiceBody.Option o : choice.options()) {
                lines.add(new AnswerLine(
                        inline(o.text(), locale),
                        null,
                        o.correct(),
                        choice.multiple() ? Math.round(o.weight() * 1000) / 10.0 + " %" : null,
                        o.feedback() == null ? null : inline(o.feedback(), locale)));
            }
        } else if (q.body() instanceof TrueFalseBody trueFalse) {
            lines.add(new AnswerLine(null, trueFalse.answer() ? "question.true" : "question.false", true, null, null));
        } else if (q.body() instanceof ShortTextBody text) {
            text.accepted().forEach(a -> lines.add(AnswerLine.text(code(a), true)));
        } else if (q.body() instanceof NumericBody numeric) {
            lines.add(AnswerLine.text(
                    numeric.value() != null
                            ? number(numeric.value()) + " ± " + number(numeric.tolerance())
                            : number(numeric.min()) + " – " + number(numeric.max()),
                    true));
        } else if (q.body() instanceof MatchingBody matching) {
            matching.pairs()
                    .forEach(p -> lines.add(
                            AnswerLine.text(inline(p.left(), locale) + " → " + inline(p.right(), locale), true)));
            matching.distractors().forEach(d -> lines.add(AnswerLine.text(inline(d.text(), locale), false)));
        } else if (q.body() instanceof OrderingBody ordering) {
            for (int i = 0; i < ordering.items().size(); i++) {
                lines.add(AnswerLine.text(
                        (i + 1) + ". " + inline(ordering.items().get(i).text(), locale), true));
            }
        }
        return lines;
    }

    private static String inline(LocalizedText text, Locale locale) {
        return RichText.inlineHtml(text.in(locale));
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String code(String text) {
        return RichText.inlineHtml("`" + text.replace("`", "") + "`");
    }
}
