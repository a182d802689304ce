package io.kubequiz.progress;

import io.kubequiz.content.Objective;
import io.kubequiz.content.ObjectiveKind;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mastery of an objective: the mean, over all the bank's questions on that objective, of the score of the learner's
 * latest answer to each (partial credit counts in part; a question never answered counts 0). A later answer
 * replaces an earlier one, so mastery goes down again when the learner gets a question wrong that they once knew.
 */
final class Mastery {

    record ObjectiveMastery(Objective objective, int questions, int answered, int percent) {}

    private Mastery() {}

    static List<ObjectiveMastery> of(QuestionBank bank, Collection<QuestionState> states) {
        Map<String, Double> latest = new HashMap<>();
        states.forEach(s -> latest.put(s.questionId(), s.lastScore()));
        Map<String, double[]> sums = new HashMap<>();
        for (Question question : bank.questions()) {
            Double score = latest.get(question.id());
            for (String objective : question.objectives()) {
                double[] sum = sums.computeIfAbsent(objective, k -> new double[3]);
                sum[0] += Objects.requireNonNullElse(score, 0.0);
                sum[1]++;
                sum[2] += score == null ? 0 : 1;
            }
        }
        List<ObjectiveMastery> result = new ArrayList<>();
        for (Objective objective : bank.objectives()) {
            double[] sum = sums.getOrDefault(objective.id(), new double[3]);
            int percent = sum[1] == 0 ? 0 : (int) Math.round(100 * sum[0] / sum[1]);
            result.add(new ObjectiveMastery(objective, (int) sum[1], (int) sum[2], percent));
        }
        return result;
    }

    static Map<ObjectiveKind, List<ObjectiveMastery>> byKind(List<ObjectiveMastery> mastery) {
        Map<ObjectiveKind, List<ObjectiveMastery>> grouped = new EnumMap<>(ObjectiveKind.class);
        mastery.forEach(m -> grouped.computeIfAbsent(m.objective().kind(), k -> new ArrayList<>())
                .add(m));
        return grouped;
    }

    /** Questions whose latest answer was not fully right, most recent mistake first. */
    static List<String> mistakes(QuestionBank bank, Collection<QuestionState> states) {
        return states.stream()
                .filter(s -> s.lastScore() < 1)
                .filter(s -> bank.question(s.questionId()).isPresent())
                .sorted((a, b) -> b.lastAnsweredAt().compareTo(a.lastAnsweredAt()))
                .map(QuestionState::questionId)
                .toList();
    }
}
