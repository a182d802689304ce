package io.kubequiz.dashboard;

import io.kubequiz.content.Objective;
import io.kubequiz.content.ObjectiveKind;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mastery of an objective, as the progress page defines it: the mean, over ALL the bank's questions on that objective,
 * of the learner's latest score on each (a question never answered counts 0). Built once from the bank; it adds a
 * learner's latest scores question by question, so a whole class is summed in one pass over the rows.
 */
final class DashboardMastery {

    private final List<Objective> objectives;
    private final Map<String, int[]> objectivesOfQuestion = new HashMap<>();
    private final int[] questionsPerObjective;

    DashboardMastery(QuestionBank bank) {
        this.objectives = List.copyOf(bank.objectives());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < objectives.size(); i++) {
            index.put(objectives.get(i).id(), i);
        }
        this.questionsPerObjective = new int[objectives.size()];
        for (Question question : bank.questions()) {
            int[] of = question.objectives().stream()
                    .filter(index::containsKey)
                    .mapToInt(index::get)
                    .distinct()
                    .toArray();
            objectivesOfQuestion.put(question.id(), of);
            for (int o : of) {
                questionsPerObjective[o]++;
            }
        }
    }

    List<Objective> objectives() {
        return objectives;
    }

    int questionsOn(int objective) {
        return questionsPerObjective[objective];
    }

    /** Empty sums for one learner, one slot per objective. */
    double[] newSums() {
        return new double[objectives.size()];
    }

    /** Adds a latest score to the sums of the question's objectives; questions no longer in the bank do not count. */
    void add(double[] sums, String questionId, double lastScore) {
        int[] of = objectivesOfQuestion.get(questionId);
        if (of != null) {
            for (int o : of) {
                sums[o] += lastScore;
            }
        }
    }

    /** The indexes of the question's objectives; empty for a question not in the bank (it does not count). */
    int[] objectivesOf(String questionId) {
        int[] of = objectivesOfQuestion.get(questionId);
        return of == null ? new int[0] : of;
    }

    /** Objective indexes in the heat map's column order: grouped by kind (theory, practice, mindset). */
    List<Integer> columnOrder() {
        return byKind().values().stream().flatMap(List::stream).toList();
    }

    /** Counts an answered question for each of its objectives. */
    void count(int[] answered, String questionId) {
        int[] of = objectivesOfQuestion.get(questionId);
        if (of != null) {
            for (int o : of) {
                answered[o]++;
            }
        }
    }

    /** Mastery percentages (0–100, rounded) from the sums. */
    int[] percents(double[] sums) {
        int[] percents = new int[sums.length];
        for (int o = 0; o < sums.length; o++) {
            percents[o] =
                    questionsPerObjective[o] == 0 ? 0 : (int) Math.round(100 * sums[o] / questionsPerObjective[o]);
        }
        return percents;
    }

    /** The mean of the objectives' exact mastery, 0–100. */
    double mean(double[] sums) {
        double total = 0;
        int counted = 0;
        for (int o = 0; o < sums.length; o++) {
            if (questionsPerObjective[o] > 0) {
                total += 100 * sums[o] / questionsPerObjective[o];
                counted++;
            }
        }
        return counted == 0 ? 0 : total / counted;
    }

    /** Objective indexes grouped by kind (theory, practice, mindset), in bank order. */
    Map<ObjectiveKind, List<Integer>> byKind() {
        Map<ObjectiveKind, List<Integer>> grouped = new EnumMap<>(ObjectiveKind.class);
        for (int o = 0; o < objectives.size(); o++) {
            grouped.computeIfAbsent(objectives.get(o).kind(), k -> new ArrayList<>())
                    .add(o);
        }
        return grouped;
    }
}
