package io.kubequiz.api;

import io.kubequiz.account.AccountUser;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.dashboard.ItemStatisticsReport;
import io.kubequiz.dashboard.ItemStatisticsReport.AttemptSelection;
import io.kubequiz.dashboard.StatisticsClasses;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trainers' data as JSON (trainers and admins only, see the security configuration): their classes with their
 * assignments, and an assignment's item statistics with the definitions of Moodle's quiz statistics report. Figures
 * are percentages except {@code pickRate} (0 to 1); an undefined figure is {@code null}. Another trainer's class or
 * assignment is a 404, an unknown {@code attempts} value a 400 (both {@code application/problem+json}).
 */
@RestController
@RequestMapping("/api/v1/classes")
class StatisticsApi {

    record AssignmentJson(long id, String quizId, String mode, Instant opensAt, Instant closesAt) {}

    record ClassJson(long id, String name, boolean archived, long learners, List<AssignmentJson> assignments) {}

    record OptionJson(String optionId, boolean correct, long picks, Double pickRate) {}

    record QuestionJson(
            String questionId,
            int position,
            String type,
            int attempts,
            Double facilityIndex,
            Double standardDeviation,
            Double discriminationIndex,
            Double discriminativeEfficiency,
            boolean flagged,
            List<String> flagReasons,
            List<OptionJson> options) {}

    record ItemStatisticsJson(
            long classId,
            long assignmentId,
            String quizId,
            String attemptSelection,
            ItemStatisticsReport.TestFigures test,
            List<QuestionJson> questions) {}

    private final StatisticsClasses classes;
    private final ItemStatisticsReport report;
    private final Assignments assignments;

    StatisticsApi(StatisticsClasses classes, ItemStatisticsReport report, Assignments assignments) {
        this.classes = classes;
        this.report = report;
        this.assignments = assignments;
    }

    @GetMapping
    List<ClassJson> classes(@AuthenticationPrincipal AccountUser user) {
        return classes.visibleTo(user).stream()
                .map(c -> new ClassJson(
                        c.id(),
                        c.name(),
                        c.archived(),
                        c.learners(),
                        c.assignments().stream()
                                .map(a -> new AssignmentJson(
                                        a.id(), a.quizId(), a.mode().name(), a.opensAt(), a.closesAt()))
                                .toList()))
                .toList();
    }

    @GetMapping("/{classId}/assignments/{assignmentId}/item-statistics")
    ItemStatisticsJson itemStatistics(
            @PathVariable long classId,
            @PathVariable long assignmentId,
            @RequestParam(name = "attempts", required = false) String attempts,
            @AuthenticationPrincipal AccountUser user) {
        AttemptSelection selection = attempts == null
                ? AttemptSelection.FIRST
                : AttemptSelection.fromParameter(attempts).orElse(null);
        if (selection == null) {
            assignments.managed(classId, assignmentId, user); // someone else's assignment is a 404, whatever the rest
            throw new BadParameterException("attempts", attempts, "api.problem.badAttempts");
        }
        ItemStatisticsReport.Report result = report.compute(classId, assignmentId, selection, user);
        return new ItemStatisticsJson(
                classId,
                assignmentId,
                result.assignment().quizId(),
                selection.parameter(),
                result.test(),
                result.questions().stream().map(StatisticsApi::question).toList());
    }

    private static QuestionJson question(ItemStatisticsReport.QuestionFigures q) {
        return new QuestionJson(
                q.questionId(),
                q.position(),
                q.type().name(),
                q.attempts(),
                q.facilityIndex(),
                q.standardDeviation(),
                q.discriminationIndex(),
                q.discriminativeEfficiency(),
                q.flagged(),
                q.flagReasons().stream().map(Enum::name).toList(),
                q.options().stream()
                        .map(o -> new OptionJson(o.optionId(), o.correct(), o.picks(), o.pickRate()))
                        .toList());
    }
}
