package io.kubequiz.dashboard;

import io.kubequiz.content.Answer;
import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Item;
import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.MatchingBody;
import io.kubequiz.content.OrderingBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A stored answer as a trainer reads it, in the page's language: the texts of the options picked, "True"/"False",
 * the text as typed, "left → right" for matches, the steps in the learner's order. Ids are mapped with the question
 * version the learner was shown.
 */
@Component
class DashboardAnswers {

    private final MessageSource messages;

    DashboardAnswers(MessageSource messages) {
        this.messages = messages;
    }

    DashboardAnswerText of(Question question, String encoded, Locale locale) {
        Answer answer = Answer.decode(question.type(), encoded);
        if (answer.isBlank()) {
            return new DashboardAnswerText(
                    List.of(messages.getMessage("dashboard.noAnswer", null, locale)), false, true);
        }
        QuestionType type = question.type();
        if (type == QuestionType.SHORT_TEXT || type == QuestionType.NUMERIC) {
            return new DashboardAnswerText(List.of(answer.text()), false, false);
        }
        if (type == QuestionType.TRUE_FALSE) {
            String key = Boolean.parseBoolean(answer.text().trim()) ? "question.true" : "question.false";
            return new DashboardAnswerText(List.of(messages.getMessage(key, null, locale)), false, false);
        }
        if (question.body() instanceof ChoiceBody body) {
            Map<String, LocalizedText> texts = new HashMap<>();
            body.options().forEach(o -> texts.put(o.id(), o.text()));
            return new DashboardAnswerText(texts(answer.values(), texts, locale), false, false);
        }
        if (question.body() instanceof MatchingBody body) {
            return new DashboardAnswerText(matches(body, answer, locale), false, false);
        }
        OrderingBody body = (OrderingBody) question.body();
        Map<String, LocalizedText> texts = new HashMap<>();
        body.items().forEach(i -> texts.put(i.id(), i.text()));
        return new DashboardAnswerText(texts(answer.values(), texts, locale), true, false);
    }

    private static List<String> texts(List<String> ids, Map<String, LocalizedText> texts, Locale locale) {
        return ids.stream().map(id -> text(texts.get(id), id, locale)).toList();
    }

    private static List<String> matches(MatchingBody body, Answer answer, Locale locale) {
        Map<String, LocalizedText> lefts = new HashMap<>();
        Map<String, LocalizedText> rights = new HashMap<>();
        body.pairs().forEach(p -> {
            lefts.put(p.id(), p.left());
            rights.put(p.id(), p.right());
        });
        for (Item distractor : body.distractors()) {
            rights.put(distractor.id(), distractor.text());
        }
        List<String> parts = new ArrayList<>();
        for (String value : answer.values()) {
            int eq = value.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String left = value.substring(0, eq);
            String right = value.substring(eq + 1);
            parts.add(text(lefts.get(left), left, locale) + " → "
                    + (right.isEmpty() ? "—" : text(rights.get(right), right, locale)));
        }
        return parts;
    }

    private static String text(LocalizedText text, String id, Locale locale) {
        return text == null ? id : DashboardTexts.plain(text.in(locale));
    }
}
