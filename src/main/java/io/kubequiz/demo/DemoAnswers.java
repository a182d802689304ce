package io.kubequiz.demo;

import io.kubequiz.content.Answer;
import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Item;
import io.kubequiz.content.MatchingBody;
import io.kubequiz.content.NumericBody;
import io.kubequiz.content.OrderingBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.ShortTextBody;
import io.kubequiz.content.TrueFalseBody;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers as learners give them: the right one, the question's common misconception, or another plausible wrong
 * answer for its type (a wrong option, the opposite, a typical slip in a DNS name, a number off by one, two pairs or
 * steps swapped). Wrong answers are only candidates: every one is graded by the question itself, and one that
 * would get full marks is never used.
 */
final class DemoAnswers {

    private static final Pattern DNS_LIKE = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)+");

    private DemoAnswers() {}

    static Answer right(Question question) {
        return question.body().modelAnswer();
    }

    /** Whether the question's wrong answers are mostly the same one (see {@link #misconception}). */
    static boolean hasTypicalSlip(Question question) {
        if (question.body() instanceof ShortTextBody text) {
            return dnsLike(text);
        }
        return question.body() instanceof NumericBody numeric && numeric.value() != null;
    }

    /**
     * The wrong answer most learners who miss the question give: the first wrong option of a choice question, the
     * namespace left out of a DNS name, a number off by one, the opposite of a true/false statement, the first two
     * pairs or steps swapped.
     */
    static Answer misconception(Question question) {
        return candidates(question).get(0);
    }

    /** How often a learner who misses a question with a common misconception gives that one. */
    static final double MISCONCEIVED = 0.75;

    /**
     * A wrong answer: for a question with a common misconception, mostly that one; otherwise any plausible wrong
     * answer, all alike.
     */
    static Answer wrong(Question question, boolean commonMisconception, Random random) {
        List<Answer> candidates = candidates(question);
        if (commonMisconception && random.nextDouble() < MISCONCEIVED) {
            return candidates.get(0);
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** Plausible wrong answers, the misconception first; each scores less than full marks. */
    static List<Answer> candidates(Question question) {
        List<Answer> candidates = new ArrayList<>();
        for (Answer answer : rawCandidates(question)) {
            if (!answer.isBlank() && !question.grade(answer).correct() && !candidates.contains(answer)) {
                candidates.add(answer);
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no plausible wrong answer for " + question.id());
        }
        return candidates;
    }

    private static List<Answer> rawCandidates(Question question) {
        if (question.body() instanceof ChoiceBody body) {
            return choice(body);
        }
        if (question.body() instanceof TrueFalseBody body) {
            return List.of(Answer.of(Boolean.toString(!body.answer())));
        }
        if (question.body() instanceof ShortTextBody body) {
            return text(body);
        }
        if (question.body() instanceof NumericBody body) {
            return numeric(body);
        }
        if (question.body() instanceof MatchingBody body) {
            return matching(body);
        }
        if (question.body() instanceof OrderingBody body) {
            return ordering(body);
        }
        throw new IllegalArgumentException("unknown question type " + question.type());
    }

    private static List<Answer> choice(ChoiceBody body) {
        List<String> wrong = body.options().stream()
                .filter(o -> !o.correct())
                .map(ChoiceBody.Option::id)
                .toList();
        List<String> right = body.options().stream()
                .filter(ChoiceBody.Option::correct)
                .map(ChoiceBody.Option::id)
                .toList();
        List<Answer> answers = new ArrayList<>();
        if (!body.multiple()) {
            wrong.forEach(id -> answers.add(Answer.of(id)));
            return answers;
        }
        // Multiple choice: the right options plus the tempting wrong one, or one right option forgotten.
        for (String id : wrong) {
            List<String> picked = new ArrayList<>(right);
            picked.add(id);
            answers.add(new Answer(picked));
        }
        for (int i = right.size() - 1; i >= 0 && right.size() > 1; i--) {
            List<String> picked = new ArrayList<>(right);
            picked.remove(i);
            answers.add(new Answer(picked));
        }
        wrong.forEach(id -> answers.add(Answer.of(id)));
        return answers;
    }

    private static boolean dnsLike(ShortTextBody body) {
        return body.dnsName() || DNS_LIKE.matcher(body.accepted().get(0)).matches();
    }

    private static List<Answer> text(ShortTextBody body) {
        String expected = body.accepted().get(0);
        List<String> answers = new ArrayList<>();
        if (dnsLike(body)) {
            List<String> labels = Arrays.asList(expected.split("\\."));
            int zone = Math.max(labels.indexOf("svc"), labels.indexOf("pod"));
            if (zone >= 2) {
                answers.add(without(labels, zone - 1)); // the namespace left out
                answers.add(without(labels, zone)); // "svc" left out
            } else {
                answers.add(String.join(".", labels.subList(0, labels.size() - 1))); // data.prod → data
            }
            if (expected.endsWith(".svc.cluster.local")) {
                answers.add(expected.substring(0, expected.length() - ".cluster.local".length()));
                answers.add(expected.replace(".svc.cluster.local", ".cluster.local.svc"));
            }
            answers.add(labels.get(0));
        } else {
            String word = expected.replaceFirst("^type: ?", "");
            String[] parts = word.split("(?<=[a-z])(?=[A-Z])|[-_ ]");
            if (parts.length > 1) {
                answers.add(String.join("", Arrays.copyOf(parts, parts.length - 1)));
                answers.add(parts[parts.length - 1]);
            }
            answers.add(word + "s");
        }
        return answers.stream().map(Answer::of).toList();
    }

    private static String without(List<String> labels, int index) {
        List<String> kept = new ArrayList<>(labels);
        kept.remove(index);
        return String.join(".", kept);
    }

    private static List<Answer> numeric(NumericBody body) {
        Set<Double> numbers = new LinkedHashSet<>();
        if (body.value() != null) {
            double value = body.value();
            double step = Math.max(1, Math.ceil(body.tolerance() + 1));
            numbers.add(value - step); // off by one
            numbers.add(value + step);
            numbers.add(value * 2);
            numbers.add(Math.floor(value / 2));
        } else {
            numbers.add(body.min() - 1);
            numbers.add(body.max() + 1);
            numbers.add(body.max() * 2);
        }
        return numbers.stream().map(DemoAnswers::format).map(Answer::of).toList();
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : String.format(Locale.ROOT, "%s", number);
    }

    private static List<Answer> matching(MatchingBody body) {
        List<String> ids = body.pairs().stream().map(MatchingBody.Pair::id).toList();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i + 1 < ids.size(); i++) {
            answers.add(pairs(ids, swapped(ids, i, i + 1))); // two answers swapped
        }
        if (ids.size() > 2) {
            List<String> rotated = new ArrayList<>(ids.subList(1, ids.size()));
            rotated.add(ids.get(0));
            answers.add(pairs(ids, rotated));
        }
        return answers;
    }

    private static Answer pairs(List<String> lefts, List<String> rights) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < lefts.size(); i++) {
            values.add(lefts.get(i) + "=" + rights.get(i));
        }
        return new Answer(values);
    }

    private static List<Answer> ordering(OrderingBody body) {
        List<String> ids = body.items().stream().map(Item::id).toList();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i + 1 < ids.size(); i++) {
            answers.add(new Answer(swapped(ids, i, i + 1))); // two neighbouring steps swapped
        }
        return answers;
    }

    private static List<String> swapped(List<String> ids, int i, int j) {
        List<String> copy = new ArrayList<>(ids);
        copy.set(i, ids.get(j));
        copy.set(j, ids.get(i));
        return copy;
    }
}
