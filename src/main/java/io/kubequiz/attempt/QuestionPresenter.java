package io.kubequiz.attempt;

import io.kubequiz.attempt.QuestionView.ChoiceView;
import io.kubequiz.attempt.QuestionView.Feedback;
import io.kubequiz.attempt.QuestionView.MatchRow;
import io.kubequiz.attempt.QuestionView.OrderRow;
import io.kubequiz.content.Answer;
import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Grade;
import io.kubequiz.content.Item;
import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.MatchingBody;
import io.kubequiz.content.NumericBody;
import io.kubequiz.content.OrderingBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.RichText;
import io.kubequiz.content.ShortTextBody;
import io.kubequiz.content.TrueFalseBody;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** Builds {@link QuestionView}s: the form before grading, the same controls with feedback after. */
final class QuestionPresenter {

    private final Locale locale;

    QuestionPresenter(Locale locale) {
        this.locale = locale;
    }

    /** The unanswered question; {@code typed} keeps what the learner typed when a message sends it back. */
    QuestionView form(QuestionLayout layout, String typed) {
        return view(layout, Answer.empty(), typed, null);
    }

    /** The question with the learner's saved answer in its controls, and no feedback (answers can still change). */
    QuestionView saved(QuestionLayout layout, Answer given, String typed) {
        return view(layout, given, typed != null ? typed : given.text(), null);
    }

    /** The graded question: the learner's answer, what was right, the explanation. */
    QuestionView graded(QuestionLayout layout, Answer given, double score) {
        Question q = layout.question();
        Grade grade = new Grade(score);
        Feedback feedback = new Feedback(
                grade.outcome(),
                (int) Math.round(score * 100),
                RichText.html(q.explanation().in(locale)),
                modelAnswer(q),
                q.body() instanceof OrderingBody body
                        ? texts(body.items(), body.modelAnswer().values())
                        : List.of(),
                q.body() instanceof OrderingBody body ? texts(body.items(), given.values()) : List.of());
        return view(layout, given, given.text(), feedback);
    }

    private QuestionView view(QuestionLayout layout, Answer given, String typed, Feedback feedback) {
        Question q = layout.question();
        boolean graded = feedback != null;
        List<ChoiceView> choices = List.of();
        List<MatchRow> matches = List.of();
        List<String> rights = List.of();
        List<OrderRow> items = List.of();
        String unit = null;
        if (q.body() instanceof ChoiceBody body) {
            choices = choices(layout, body, given, graded);
        } else if (q.body() instanceof TrueFalseBody body) {
            choices = List.of(
                    trueFalse("true", body.answer(), given, graded), trueFalse("false", !body.answer(), given, graded));
        } else if (q.body() instanceof MatchingBody body) {
            rights = layout.rightIds().stream().map(id -> rightHtml(body, id)).toList();
            matches = matches(layout, body, given, graded);
        } else if (q.body() instanceof OrderingBody body) {
            items = orderRows(layout, body, given);
        } else if (q.body() instanceof NumericBody body && body.unit() != null) {
            unit = body.unit().in(locale);
        }
        return new QuestionView(
                q.id(),
                q.type(),
                RichText.html(q.stem().in(locale)),
                unit,
                choices,
                matches,
                rights,
                items,
                typed == null ? "" : typed,
                feedback);
    }

    private List<ChoiceView> choices(QuestionLayout layout, ChoiceBody body, Answer given, boolean graded) {
        Map<String, ChoiceBody.Option> byId = new HashMap<>();
        body.options().forEach(o -> byId.put(o.id(), o));
        return IntStream.range(0, layout.choiceIds().size())
                .mapToObj(i -> {
                    ChoiceBody.Option option = byId.get(layout.choiceIds().get(i));
                    boolean picked = given.values().contains(option.id());
                    String feedback = graded && option.feedback() != null
                            ? RichText.inlineHtml(option.feedback().in(locale))
                            : null;
                    return new ChoiceView(
                            Integer.toString(i + 1),
                            RichText.inlineHtml(option.text().in(locale)),
                            picked,
                            graded && option.correct(),
                            feedback);
                })
                .toList();
    }

    private static ChoiceView trueFalse(String value, boolean correct, Answer given, boolean graded) {
        return new ChoiceView(value, null, given.values().contains(value), graded && correct, null);
    }

    private List<MatchRow> matches(QuestionLayout layout, MatchingBody body, Answer given, boolean graded) {
        Map<String, String> picks = new HashMap<>();
        given.values().forEach(v -> picks.put(v.substring(0, v.indexOf('=')), v.substring(v.indexOf('=') + 1)));
        Map<String, MatchingBody.Pair> pairs = new HashMap<>();
        body.pairs().forEach(p -> pairs.put(p.id(), p));
        return IntStream.range(0, layout.leftIds().size())
                .mapToObj(i -> {
                    MatchingBody.Pair pair = pairs.get(layout.leftIds().get(i));
                    String picked = picks.get(pair.id());
                    return new MatchRow(
                            i + 1,
                            RichText.inlineHtml(pair.left().in(locale)),
                            picked == null ? 0 : QuestionLayout.positionOf(layout.rightIds(), picked),
                            picked == null ? null : rightHtml(body, picked),
                            graded ? RichText.inlineHtml(pair.right().in(locale)) : null,
                            graded && pair.id().equals(picked));
                })
                .toList();
    }

    private String rightHtml(MatchingBody body, String id) {
        LocalizedText text = body.pairs().stream()
                .filter(p -> p.id().equals(id))
                .map(MatchingBody.Pair::right)
                .findFirst()
                .orElseGet(() -> body.distractors().stream()
                        .filter(d -> d.id().equals(id))
                        .map(Item::text)
                        .findFirst()
                        .orElseThrow());
        return RichText.inlineHtml(text.in(locale));
    }

    private List<OrderRow> orderRows(QuestionLayout layout, OrderingBody body, Answer given) {
        Map<String, Item> byId = new HashMap<>();
        body.items().forEach(item -> byId.put(item.id(), item));
        return IntStream.range(0, layout.itemIds().size())
                .mapToObj(i -> {
                    String id = layout.itemIds().get(i);
                    return new OrderRow(
                            i + 1,
                            RichText.inlineHtml(byId.get(id).text().in(locale)),
                            given.values().indexOf(id) + 1);
                })
                .toList();
    }

    private List<String> texts(List<Item> items, List<String> ids) {
        Map<String, Item> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.id(), item));
        return ids.stream()
                .filter(byId::containsKey)
                .map(id -> RichText.inlineHtml(byId.get(id).text().in(locale)))
                .toList();
    }

    /** The right answer in words, for text and number questions (choices show it on the options themselves). */
    private static String modelAnswer(Question q) {
        if (q.body() instanceof NumericBody body) {
            return body.expectedText();
        }
        return q.body() instanceof ShortTextBody body ? body.modelAnswer().text() : null;
    }
}
