package io.kubequiz.dashboard;

import io.kubequiz.account.AccountUser;
import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.classroom.ClassroomLine;
import io.kubequiz.classroom.Classrooms;
import io.kubequiz.content.Objective;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionVersions;
import io.kubequiz.content.QuizCatalog;
import io.kubequiz.dashboard.ClassDashboardReads.AnswerGroup;
import io.kubequiz.dashboard.ClassDashboardReads.AttemptRow;
import io.kubequiz.dashboard.ClassDashboardReads.LearnerRow;
import io.kubequiz.dashboard.ClassDashboardView.AssignmentResult;
import io.kubequiz.dashboard.ClassDashboardView.HeatCell;
import io.kubequiz.dashboard.ClassDashboardView.HeatRow;
import io.kubequiz.dashboard.ClassDashboardView.MissedQuestion;
import io.kubequiz.dashboard.ClassDashboardView.ObjectiveColumn;
import io.kubequiz.dashboard.ClassDashboardView.ObjectiveGroup;
import io.kubequiz.dashboard.ClassDashboardView.StrugglingLearner;
import io.kubequiz.dashboard.ClassDashboardView.WrongAnswer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The class dashboard's data: heat map of mastery, results per assignment, the learners who struggle most and the
 * questions the class misses most. A fixed number of SQL statements whatever the class size (see
 * {@link ClassDashboardReads}): 8, or 7 when the class's answers have not changed since the last time (see
 * {@link ClassAnswerGroups}); ids become texts in Java.
 */
@Service
public class ClassDashboard {

    static final int STRUGGLING = 5;
    static final int MISSED = 10;
    static final int MIN_ANSWERS = 3;
    static final int WRONG_ANSWERS = 3;

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final ClassDashboardReads reads;
    private final ClassAnswerGroups answerGroups;
    private final QuestionBank bank;
    private final QuizCatalog catalog;
    private final QuestionVersions versions;
    private final DashboardAnswers answers;
    private final DashboardMastery mastery;
    private final Clock clock;
    private final ZoneId zone;

    ClassDashboard(
            Classrooms classrooms,
            Assignments assignments,
            ClassDashboardReads reads,
            ClassAnswerGroups answerGroups,
            QuestionBank bank,
            QuizCatalog catalog,
            QuestionVersions versions,
            DashboardAnswers answers,
            Clock clock,
            @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.reads = reads;
        this.answerGroups = answerGroups;
        this.bank = bank;
        this.catalog = catalog;
        this.versions = versions;
        this.answers = answers;
        this.mastery = new DashboardMastery(bank);
        this.clock = clock;
        this.zone = zone;
    }

    /** The dashboard of a class this user manages; any other class is "not found". */
    @Transactional(readOnly = true)
    public ClassDashboardView load(long classId, AccountUser user, Locale locale) {
        ClassroomLine classroom = classrooms.summary(classId, user);
        List<AssignmentRules> rules = assignments.ofClass(classId, user);
        List<LearnerRow> learners = reads.learners(classId);
        Instant now = clock.instant();

        Map<Long, double[]> sums = masterySums(classId, learners);
        List<HeatRow> heatMap = heatMap(learners, sums);
        List<Long> assignmentIds = rules.stream().map(AssignmentRules::id).toList();
        List<AttemptRow> attempts = assignmentIds.isEmpty() ? List.of() : reads.attempts(classId, assignmentIds);
        Map<Long, Map<Long, Double>> grades = grades(rules, attempts);
        List<AssignmentResult> results = rules.stream()
                .map(r -> result(r, grades.getOrDefault(r.id(), Map.of()), learners.size(), now, locale))
                .toList();
        List<MissedQuestion> missed = List.of();
        if (!attempts.isEmpty()) {
            ClassAnswerGroups.Fingerprint fingerprint = new ClassAnswerGroups.Fingerprint(
                    assignmentIds, learners.stream().map(LearnerRow::id).toList(), attempts);
            missed = missed(answerGroups.of(classId, fingerprint), locale);
        }
        return new ClassDashboardView(
                classroom.id(),
                classroom.name(),
                classroom.archived(),
                learners.size(),
                now.atZone(zone),
                objectiveGroups(locale),
                heatMap,
                results,
                struggling(learners, sums, grades),
                missed);
    }

    private Map<Long, double[]> masterySums(long classId, List<LearnerRow> learners) {
        Map<Long, double[]> sums = new HashMap<>();
        learners.forEach(l -> sums.put(l.id(), mastery.newSums()));
        reads.latestScores(classId, rs -> {
            double[] learnerSums = sums.get(rs.getLong(1));
            if (learnerSums != null) {
                mastery.add(learnerSums, rs.getString(2), rs.getDouble(3));
            }
        });
        return sums;
    }

    private List<ObjectiveGroup> objectiveGroups(Locale locale) {
        List<ObjectiveGroup> groups = new ArrayList<>();
        mastery.byKind()
                .forEach((kind, indexes) -> groups.add(new ObjectiveGroup(
                        kind,
                        indexes.stream()
                                .map(i -> {
                                    Objective o = mastery.objectives().get(i);
                                    return new ObjectiveColumn(o.id(), o.title().in(locale));
                                })
                                .toList())));
        return groups;
    }

    private List<HeatRow> heatMap(List<LearnerRow> learners, Map<Long, double[]> sums) {
        List<Integer> order = mastery.columnOrder();
        List<HeatRow> rows = new ArrayList<>(learners.size());
        for (LearnerRow learner : learners) {
            double[] learnerSums = sums.get(learner.id());
            int[] percents = mastery.percents(learnerSums);
            List<HeatCell> cells = order.stream()
                    .map(o -> new HeatCell(mastery.objectives().get(o).id(), percents[o]))
                    .toList();
            rows.add(new HeatRow(learner.id(), learner.displayName(), learner.username(), cells, (int)
                    Math.round(mastery.mean(learnerSums))));
        }
        return rows;
    }

    /** Grade per assignment and learner: the assignment's grading method over the learner's finished attempts. */
    private static Map<Long, Map<Long, Double>> grades(List<AssignmentRules> rules, List<AttemptRow> attempts) {
        Map<Long, AssignmentRules> byId = new HashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        Map<Long, Map<Long, List<Double>>> percents = new HashMap<>();
        for (AttemptRow a : attempts) {
            if (!a.finished()) {
                continue;
            }
            percents.computeIfAbsent(a.assignmentId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.userId(), k -> new ArrayList<>())
                    .add(a.percent());
        }
        Map<Long, Map<Long, Double>> grades = new HashMap<>();
        percents.forEach((assignmentId, byLearner) -> {
            Map<Long, Double> graded = new LinkedHashMap<>();
            byLearner.forEach((learnerId, inOrder) ->
                    graded.put(learnerId, byId.get(assignmentId).gradingMethod().grade(inOrder)));
            grades.put(assignmentId, graded);
        });
        return grades;
    }

    private AssignmentResult result(
            AssignmentRules rules, Map<Long, Double> grades, int learners, Instant now, Locale locale) {
        List<Double> values = List.copyOf(grades.values());
        return new AssignmentResult(
                rules.id(),
                catalog.quizTitle(rules.quizId(), locale),
                rules.mode(),
                rules.status(now),
                rules.opensAt().atZone(zone),
                rules.closesAt() == null ? null : rules.closesAt().atZone(zone),
                rules.gradingMethod(),
                learners,
                values.size(),
                DashboardStats.percent(values.size(), learners),
                DashboardStats.mean(values),
                DashboardStats.median(values),
                Arrays.stream(DashboardStats.histogram(values)).boxed().toList());
    }

    private List<StrugglingLearner> struggling(
            List<LearnerRow> learners, Map<Long, double[]> sums, Map<Long, Map<Long, Double>> grades) {
        Map<Long, List<Double>> gradesOf = new HashMap<>();
        grades.values()
                .forEach(byLearner -> byLearner.forEach(
                        (learnerId, grade) -> gradesOf.computeIfAbsent(learnerId, k -> new ArrayList<>())
                                .add(grade)));
        return learners.stream()
                .map(l -> new StrugglingLearner(
                        l.id(),
                        l.displayName(),
                        (int) Math.round(mastery.mean(sums.get(l.id()))),
                        DashboardStats.mean(gradesOf.getOrDefault(l.id(), List.of()))))
                .sorted(Comparator.comparingInt(StrugglingLearner::meanMastery)
                        .thenComparing(s -> s.meanGrade() == null ? -1 : s.meanGrade())
                        .thenComparing(StrugglingLearner::name))
                .limit(STRUGGLING)
                .toList();
    }

    /** Question totals from the answer groups, the lowest mean first, with each one's commonest wrong answers. */
    private List<MissedQuestion> missed(List<AnswerGroup> groups, Locale locale) {
        Map<String, long[]> answers = new HashMap<>();
        Map<String, double[]> scores = new HashMap<>();
        Map<String, List<AnswerGroup>> byQuestion = new HashMap<>();
        for (AnswerGroup g : groups) {
            byQuestion.computeIfAbsent(g.questionId(), k -> new ArrayList<>()).add(g);
            answers.computeIfAbsent(g.questionId(), k -> new long[1])[0] += g.answers();
            scores.computeIfAbsent(g.questionId(), k -> new double[1])[0] += g.scoreSum();
        }
        List<String> lowest = answers.keySet().stream()
                .filter(q -> answers.get(q)[0] >= MIN_ANSWERS)
                .sorted(Comparator.comparingDouble((String q) -> scores.get(q)[0] / answers.get(q)[0])
                        .thenComparing(q -> q))
                .limit(MISSED)
                .toList();
        return lowest.stream()
                .map(q -> new MissedQuestion(
                        q,
                        catalog.question(q)
                                .map(b -> DashboardTexts.excerpt(b.stem().in(locale), DashboardTexts.STEM_EXCERPT))
                                .orElse(q),
                        answers.get(q)[0],
                        100 * scores.get(q)[0] / answers.get(q)[0],
                        wrongAnswers(byQuestion.get(q), locale)))
                .toList();
    }

    /** The commonest wrong answers to a question; the same answer stored under two versions counts once. */
    private List<WrongAnswer> wrongAnswers(List<AnswerGroup> groups, Locale locale) {
        Map<String, WrongAnswer> byText = new LinkedHashMap<>();
        for (AnswerGroup g : groups) {
            if (g.wrongAnswer() != null) {
                DashboardAnswerText text =
                        answers.of(versions.shown(g.questionId(), g.version()), g.wrongAnswer(), locale);
                byText.merge(
                        text.joined(),
                        new WrongAnswer(text, g.answers()),
                        (a, b) -> new WrongAnswer(a.answer(), a.count() + b.count()));
            }
        }
        return byText.values().stream()
                .sorted(Comparator.comparingLong(WrongAnswer::count)
                        .reversed()
                        .thenComparing(w -> w.answer().joined()))
                .limit(WRONG_ANSWERS)
                .toList();
    }
}
