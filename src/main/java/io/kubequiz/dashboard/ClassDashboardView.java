package io.kubequiz.dashboard;

import io.kubequiz.classroom.AssignmentMode;
import io.kubequiz.classroom.AssignmentStatus;
import io.kubequiz.classroom.GradingMethod;
import io.kubequiz.content.ObjectiveKind;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** Everything the class dashboard shows, computed at {@code updatedAt}. */
public record ClassDashboardView(
        long classId,
        String className,
        boolean archived,
        int learnerCount,
        ZonedDateTime updatedAt,
        List<ObjectiveGroup> objectiveGroups,
        List<HeatRow> heatMap,
        List<AssignmentResult> assignments,
        List<StrugglingLearner> struggling,
        List<MissedQuestion> missed) {

    /** Labels of the ten score bins. */
    public static final List<String> BIN_LABELS =
            List.of("0–9", "10–19", "20–29", "30–39", "40–49", "50–59", "60–69", "70–79", "80–89", "90–100");

    public record ObjectiveColumn(String id, String title) {}

    /** The objectives of one kind (theory, practice, mindset), in bank order. */
    public record ObjectiveGroup(ObjectiveKind kind, List<ObjectiveColumn> objectives) {}

    /** One learner's mastery of one objective, 0–100. */
    public record HeatCell(String objectiveId, int percent) {

        /** The shade, in steps of 10 %: 0 for 0–9 %, …, 10 for 100 %. */
        public int shade() {
            return Math.min(10, percent / 10);
        }
    }

    /** A learner's row of the heat map, cells in the order of the objective groups, and their mean mastery. */
    public record HeatRow(long learnerId, String name, String username, List<HeatCell> cells, int mean) {

        public int meanShade() {
            return Math.min(10, mean / 10);
        }
    }

    /**
     * An assignment's results over the class's current learners: who finished it, and their grades (each learner's
     * grade is the assignment's grading method over their finished attempts). Mean and median are null when nobody
     * has a grade yet.
     */
    public record AssignmentResult(
            long id,
            String quizTitle,
            AssignmentMode mode,
            AssignmentStatus status,
            ZonedDateTime opensAt,
            ZonedDateTime closesAt,
            GradingMethod gradingMethod,
            long learners,
            long finished,
            int completion,
            Double mean,
            Double median,
            List<Integer> histogram) {

        public List<String> binLabels() {
            return BIN_LABELS;
        }

        /** The histogram for the chart script, as "n0,n1,…,n9". */
        public String histogramData() {
            return histogram.stream().map(String::valueOf).collect(Collectors.joining(","));
        }

        public String binLabelData() {
            return String.join(",", BIN_LABELS);
        }
    }

    /** A learner among those who struggle most: lowest mean mastery; their mean grade over graded assignments. */
    public record StrugglingLearner(long learnerId, String name, int meanMastery, Double meanGrade) {}

    /** A question the class misses most: how often answered, mean score (0–100) and the commonest wrong answers. */
    public record MissedQuestion(
            String questionId, String stem, long answers, double meanPercent, List<WrongAnswer> wrongAnswers) {}

    public record WrongAnswer(DashboardAnswerText answer, long count) {}
}
