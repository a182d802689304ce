package io.kubequiz.dashboard;

import io.kubequiz.account.AccountUser;
import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.classroom.ClassroomLine;
import io.kubequiz.classroom.Classrooms;
import io.kubequiz.content.Objective;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionVersions;
import io.kubequiz.content.QuizCatalog;
import io.kubequiz.dashboard.LearnerReportReads.AttemptLine;
import io.kubequiz.dashboard.LearnerReportReads.Enrolled;
import io.kubequiz.dashboard.LearnerReportView.LearnerAnswer;
import io.kubequiz.dashboard.LearnerReportView.LearnerAttempt;
import io.kubequiz.dashboard.LearnerReportView.MasteryGroup;
import io.kubequiz.dashboard.LearnerReportView.ObjectiveMastery;
import io.kubequiz.system.NotFoundException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A learner's page for their trainer: only for a class the trainer manages and a learner who is or was in it. */
@Service
public class LearnerReport {

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final LearnerReportReads reads;
    private final QuestionBank bank;
    private final QuizCatalog catalog;
    private final QuestionVersions versions;
    private final DashboardAnswers answers;
    private final DashboardMastery mastery;
    private final ZoneId zone;

    LearnerReport(
            Classrooms classrooms,
            Assignments assignments,
            LearnerReportReads reads,
            QuestionBank bank,
            QuizCatalog catalog,
            QuestionVersions versions,
            DashboardAnswers answers,
            @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.reads = reads;
        this.bank = bank;
        this.catalog = catalog;
        this.versions = versions;
        this.answers = answers;
        this.mastery = new DashboardMastery(bank);
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public LearnerReportView load(long classId, long learnerId, AccountUser user, Locale locale) {
        ClassroomLine classroom = classrooms.summary(classId, user);
        Enrolled learner = reads.enrolled(classId, learnerId)
                .orElseThrow(() -> new NotFoundException("learner " + learnerId + " in class " + classId));
        List<AssignmentRules> rules = assignments.ofClass(classId, user);
        Map<String, String> titles = new LinkedHashMap<>();
        rules.forEach(r -> titles.put(r.quizId(), catalog.quizTitle(r.quizId(), locale)));
        List<AttemptLine> lines = rules.isEmpty()
                ? List.of()
                : reads.attempts(
                        learnerId, rules.stream().map(AssignmentRules::id).toList());
        return new LearnerReportView(
                classroom.id(),
                classroom.name(),
                learnerId,
                learner.displayName(),
                learner.username(),
                learner.removed(),
                mastery(reads.latestScores(learnerId), locale),
                attempts(lines, titles, locale));
    }

    private List<MasteryGroup> mastery(Map<String, Double> latest, Locale locale) {
        double[] sums = mastery.newSums();
        int[] answered = new int[sums.length];
        latest.forEach((questionId, score) -> {
            mastery.add(sums, questionId, score);
            mastery.count(answered, questionId);
        });
        int[] percents = mastery.percents(sums);
        List<MasteryGroup> groups = new ArrayList<>();
        mastery.byKind()
                .forEach((kind, indexes) -> groups.add(new MasteryGroup(
                        kind,
                        indexes.stream()
                                .map(o -> {
                                    Objective objective = mastery.objectives().get(o);
                                    return new ObjectiveMastery(
                                            objective.id(),
                                            objective.title().in(locale),
                                            percents[o],
                                            answered[o],
                                            mastery.questionsOn(o));
                                })
                                .toList())));
        return groups;
    }

    private List<LearnerAttempt> attempts(List<AttemptLine> lines, Map<String, String> titles, Locale locale) {
        Map<UUID, List<AttemptLine>> byAttempt = new LinkedHashMap<>();
        lines.forEach(l ->
                byAttempt.computeIfAbsent(l.attemptId(), k -> new ArrayList<>()).add(l));
        List<LearnerAttempt> attempts = new ArrayList<>();
        byAttempt.forEach((id, items) -> {
            AttemptLine a = items.get(0);
            attempts.add(new LearnerAttempt(
                    id,
                    titles.getOrDefault(a.quizId(), a.quizId()),
                    a.attemptNumber(),
                    a.state(),
                    ClassDashboardReads.percent(a.score(), a.questionCount()),
                    a.answeredCount(),
                    a.questionCount(),
                    zoned(a.startedAt()),
                    zoned(a.finishedAt()),
                    items.stream().map(i -> answer(i, locale)).toList()));
        });
        return attempts;
    }

    private LearnerAnswer answer(AttemptLine line, Locale locale) {
        Question question = versions.shown(line.questionId(), line.questionVersion());
        return new LearnerAnswer(
                line.itemIndex() + 1,
                line.questionId(),
                DashboardTexts.excerpt(question.stem().in(locale), DashboardTexts.STEM_EXCERPT),
                answers.of(question, line.answerText(), locale),
                line.answerScore() == null ? null : (int) Math.round(100 * line.answerScore()));
    }

    private ZonedDateTime zoned(Instant instant) {
        return instant == null ? null : instant.atZone(zone);
    }
}
