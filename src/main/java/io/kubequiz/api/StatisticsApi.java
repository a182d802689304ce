package io.kubequiz.api;

import io.kubequiz.account.AccountUser;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.dashboard.ItemStatisticsReport;
import io.kubequiz.dashboard.ItemStatisticsReport.AttemptSelection;
import io.kubequiz.dashboard.StatisticsClasses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Classes", description = "A trainer's classes and what their learners did.")
class StatisticsApi {

    @Schema(description = "A quiz assigned to the class.")
    record AssignmentJson(
            @Schema(description = "The assignment's id.", example = "7")
            long id,

            @Schema(description = "The quiz assigned.", example = "dns-names")
            String quizId,

            @Schema(description = "PRACTICE or ASSESSED.", example = "ASSESSED")
            String mode,

            @Schema(description = "When learners may start.", example = "2026-11-24T08:00:00Z")
            Instant opensAt,

            @Schema(description = "When it closes; null when it never does.", example = "2026-12-01T18:00:00Z")
            Instant closesAt) {}

    @Schema(description = "A class of the trainer (every class for an admin).")
    record ClassJson(
            @Schema(description = "The class's id.", example = "3")
            long id,

            @Schema(description = "Its name.", example = "MicroK8s — groupe B")
            String name,

            @Schema(description = "Archived classes take no new learners.", example = "false")
            boolean archived,

            @Schema(description = "Learners in it now.", example = "24")
            long learners,

            @Schema(description = "Its assignments, oldest first.")
            List<AssignmentJson> assignments) {}

    @Schema(description = "One option of a choice or true/false question.")
    record OptionJson(
            @Schema(description = "The option's id (`true`/`false` for true/false).", example = "b")
            String optionId,

            @Schema(description = "Whether it is a right option.", example = "true")
            boolean correct,

            @Schema(description = "How many of the chosen attempts picked it.", example = "17")
            long picks,

            @Schema(description = "picks / attempts, from 0 to 1; null with no attempt.", example = "0.68")
            Double pickRate) {}

    @Schema(description = "One question's figures, in percent; null when undefined (e.g. a single attempt).")
    record QuestionJson(
            @Schema(description = "The question's id.", example = "s73-name-service-fqdn")
            String questionId,

            @Schema(description = "Its position in the quiz, from 1.", example = "4")
            int position,

            @Schema(description = "Its type.", example = "SHORT_TEXT")
            String type,

            @Schema(description = "Chosen attempts that contained it.", example = "25")
            int attempts,

            @Schema(description = "Mean score on it, in percent.", example = "64.0")
            Double facilityIndex,

            @Schema(description = "Standard deviation of its score, in percent.", example = "48.99")
            Double standardDeviation,

            @Schema(description = "Correlation of its score with the rest of the test, in percent.", example = "41.7")
            Double discriminationIndex,

            @Schema(description = "Discrimination index over its highest possible value, in percent.", example = "55.2")
            Double discriminativeEfficiency,

            @Schema(description = "Whether a figure is out of the usual bounds.", example = "true")
            boolean flagged,

            @Schema(
                    description = "Why it is flagged: FACILITY_ABOVE_95, FACILITY_BELOW_20, NEGATIVE_DISCRIMINATION.",
                    example = "[\"FACILITY_BELOW_20\"]")
            List<String> flagReasons,

            @Schema(description = "Its options with their pick rates; empty for other types.")
            List<OptionJson> options) {}

    @Schema(description = "Figures of the test as a whole, in percent; null when undefined.")
    record TestJson(
            @Schema(description = "Attempts counted.", example = "25")
            int attempts,

            @Schema(description = "Mean grade.", example = "62.4")
            Double mean,

            @Schema(description = "Median grade.", example = "65.0")
            Double median,

            @Schema(description = "Standard deviation of the grades.", example = "18.3")
            Double standardDeviation,

            @Schema(
                    description = "Cronbach's alpha; null unless every attempt had the same questions.",
                    example = "71.5")
            Double cronbachAlpha,

            @Schema(
                    description = "100 × √(1 − alpha/100): the share of the spread due to chance; null like alpha.",
                    example = "53.4")
            Double errorRatio,

            @Schema(description = "error ratio × standard deviation / 100; null like alpha.", example = "9.8")
            Double standardError,

            @Schema(description = "Whether every attempt showed the same questions.", example = "true")
            boolean sameQuestions) {}

    @Schema(description = "Item statistics of one assignment, with the definitions of Moodle's quiz statistics.")
    record ItemStatisticsJson(
            @Schema(description = "The class.", example = "3")
            long classId,

            @Schema(description = "The assignment.", example = "7")
            long assignmentId,

            @Schema(description = "Its quiz.", example = "dns-names")
            String quizId,

            @Schema(description = "Which attempts were counted.", example = "first")
            String attemptSelection,

            @Schema(description = "Figures of the whole test.")
            TestJson test,

            @Schema(description = "Figures of each question, in quiz order.")
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
    @Operation(
            summary = "List my classes",
            description = "The caller's classes (every class for an admin), with " + "their learners and assignments.")
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
    @Operation(
            summary = "Item statistics of an assignment",
            description = "Facility, standard deviation, discrimination and option pick rates of each question, and "
                    + "the test's mean, median, alpha and standard error, computed like Moodle's quiz statistics "
                    + "report over the finished attempts of the class's learners.")
    ItemStatisticsJson itemStatistics(
            @Parameter(description = "The class.", example = "3") @PathVariable long classId,
            @Parameter(description = "The assignment, of that class.", example = "7") @PathVariable long assignmentId,
            @Parameter(
                            description = "Which attempts of each learner: first (default), last, best or all.",
                            schema = @Schema(allowableValues = {"first", "last", "best", "all"}),
                            example = "first")
                    @RequestParam(name = "attempts", required = false)
                    String attempts,
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
                test(result.test()),
                result.questions().stream().map(StatisticsApi::question).toList());
    }

    private static TestJson test(ItemStatisticsReport.TestFigures t) {
        return new TestJson(
                t.attempts(),
                t.mean(),
                t.median(),
                t.standardDeviation(),
                t.cronbachAlpha(),
                t.errorRatio(),
                t.standardError(),
                t.sameQuestions());
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
