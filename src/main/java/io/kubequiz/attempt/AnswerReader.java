package io.kubequiz.attempt;

import io.kubequiz.content.Answer;
import io.kubequiz.content.InvalidAnswerException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns the submitted form (display positions) into an {@link Answer} (bank ids). Anything that does not fit the
 * layout is malformed: the page shows the question again with a message, and nothing is recorded.
 */
final class AnswerReader {

    static final int MAX_TEXT_LENGTH = 200;

    private AnswerReader() {}

    static Answer read(QuestionLayout layout, Map<String, String[]> params) {
        return switch (layout.question().type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(layout, values(params, "choice"));
            case TRUE_FALSE -> new Answer(values(params, "choice"));
            case SHORT_TEXT, NUMERIC -> Answer.of(text(params));
            case MATCHING -> matching(layout, params);
            case ORDERING -> ordering(layout, params);
        };
    }

    private static Answer choices(QuestionLayout layout, List<String> positions) {
        List<String> ids = new ArrayList<>();
        for (String position : positions) {
            String id = QuestionLayout.at(layout.choiceIds(), number(position));
            if (id == null) {
                throw new InvalidAnswerException("answer.malformed");
            }
            ids.add(id);
        }
        return new Answer(ids);
    }

    private static Answer matching(QuestionLayout layout, Map<String, String[]> params) {
        List<String> pairs = new ArrayList<>();
        int unanswered = 0;
        for (int left = 1; left <= layout.leftIds().size(); left++) {
            String value = single(params, "match_" + left);
            if (value.isBlank()) {
                unanswered++;
                continue;
            }
            String right = QuestionLayout.at(layout.rightIds(), number(value));
            if (right == null) {
                throw new InvalidAnswerException("answer.malformed");
            }
            pairs.add(QuestionLayout.at(layout.leftIds(), left) + "=" + right);
        }
        if (unanswered > 0 && !pairs.isEmpty()) {
            throw new InvalidAnswerException("answer.matching.incomplete");
        }
        return new Answer(pairs);
    }

    private static Answer ordering(QuestionLayout layout, Map<String, String[]> params) {
        int size = layout.itemIds().size();
        String[] byRank = new String[size];
        int given = 0;
        for (int shown = 1; shown <= size; shown++) {
            String value = single(params, "order_" + shown);
            if (value.isBlank()) {
                continue;
            }
            int rank = number(value);
            if (rank < 1 || rank > size) {
                throw new InvalidAnswerException("answer.malformed");
            }
            if (byRank[rank - 1] != null) {
                throw new InvalidAnswerException("answer.ordering.duplicate", rank);
            }
            byRank[rank - 1] = QuestionLayout.at(layout.itemIds(), shown);
            given++;
        }
        if (given == 0) {
            return Answer.empty();
        }
        if (given < size) {
            throw new InvalidAnswerException("answer.ordering.incomplete", size);
        }
        return new Answer(Arrays.asList(byRank));
    }

    private static String text(Map<String, String[]> params) {
        String text = single(params, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new AnswerTooLongException();
        }
        return text.strip();
    }

    private static List<String> values(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null
                ? List.of()
                : Arrays.stream(values).filter(v -> !v.isBlank()).toList();
    }

    private static String single(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        if (values == null || values.length == 0) {
            return "";
        }
        if (values.length > 1) {
            throw new InvalidAnswerException("answer.malformed");
        }
        return values[0];
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidAnswerException("answer.malformed");
        }
    }

    /** Longer than any real answer: a 400, not a message on the page. */
    static class AnswerTooLongException extends RuntimeException {}
}
