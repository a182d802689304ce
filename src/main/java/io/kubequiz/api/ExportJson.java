package io.kubequiz.api;

import io.kubequiz.dashboard.ClassExports.MasteryRow;
import io.kubequiz.dashboard.ClassExports.ResponseRow;
import io.kubequiz.dashboard.ClassExports.ScoreRow;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The exports' JSON: one page of rows and the cursor of the next; the same fields as the CSV columns. */
final class ExportJson {

    private ExportJson() {}

    static final String CURSOR = "Give it as `cursor` to read the next page; null on the last page. Opaque, and only"
            + " valid for the same export, class and filters.";
    static final String CURSOR_EXAMPLE = "djF8c2NvcmVzfDN8LXwtfDQyfDd8m2x0cHGs3mKp8A2mCk1fWg";

    @Schema(description = "A learner's results at an assignment. Grades are percentages (0–100).")
    record ScoreJson(
            @Schema(description = "The learner's username.", example = "lea.martin")
            String username,

            @Schema(description = "The learner's name as shown in the app.", example = "Léa Martin")
            String displayName,

            @Schema(description = "The assignment.", example = "7")
            long assignmentId,

            @Schema(description = "Its quiz.", example = "dns-names")
            String quizId,

            @Schema(description = "Attempts started, finished or not.", example = "3")
            int attempts,

            @Schema(
                    description = "The grade by the assignment's grading method (highest, last, first or average) over"
                            + " the finished attempts, as on the class page; null without a finished attempt.",
                    example = "83.33333333333333")
            Double grade,

            @Schema(description = "The best finished attempt's percentage; null without one.", example = "83.3")
            Double bestGrade,

            @Schema(description = "The last finished attempt's percentage; null without one.", example = "75.0")
            Double lastGrade,

            @Schema(
                    description = "When the first attempt ended (submitted or time up).",
                    example = "2026-11-02T09:14:03Z")
            Instant firstSubmittedAt,

            @Schema(description = "When the last attempt ended.", example = "2026-11-09T16:40:51Z")
            Instant lastSubmittedAt,

            @Schema(description = "Whether the learner finished an attempt.", example = "true")
            boolean completed) {

        static ScoreJson of(ScoreRow r) {
            return new ScoreJson(
                    r.username(),
                    r.displayName(),
                    r.assignmentId(),
                    r.quizId(),
                    r.attempts(),
                    r.grade(),
                    r.bestGrade(),
                    r.lastGrade(),
                    r.firstSubmittedAt(),
                    r.lastSubmittedAt(),
                    r.completed());
        }
    }

    @Schema(description = "One final answer of a learner to a question of an assignment's attempt.")
    record ResponseJson(
            @Schema(description = "The answer's id; answers come in this order.", example = "120457")
            long responseId,

            @Schema(description = "The attempt.", example = "3f0c2a52-8c1e-4a8e-9a57-2d1b1c7e4a10")
            UUID attemptId,

            @Schema(description = "The learner's username.", example = "lea.martin")
            String username,

            @Schema(description = "The assignment.", example = "7")
            long assignmentId,

            @Schema(description = "Its quiz.", example = "dns-names")
            String quizId,

            @Schema(description = "The attempt's number among the learner's attempts at the assignment.", example = "2")
            int attemptNumber,

            @Schema(description = "The question.", example = "s73-name-service-fqdn")
            String questionId,

            @Schema(description = "The version of the question the learner was shown.", example = "9c41d0e27b5a13f8")
            String questionVersion,

            @Schema(
                    description = "The learning objectives of that version of the question.",
                    example = "[\"mi-services-not-servers\", \"th-cni-coredns\"]")
            List<String> objectiveIds,

            @Schema(
                    description =
                            "The answer as the trainer reads it on the learner page, in the language of"
                                    + " Accept-Language: the texts of the options picked, True/False, the text typed, the"
                                    + " matches as \"left → right\", the steps in the learner's order; parts joined by \" · \".",
                    example = "web.shop.svc.cluster.local")
            String answer,

            @Schema(
                    description = "The answer as stored: option, item or pair ids joined by \"|\", or the text typed.",
                    example = "web.shop.svc.cluster.local")
            String storedAnswer,

            @Schema(description = "Its score, from 0 to 1 (partial credit in between).", example = "1.0")
            double score,

            @Schema(description = "Whether it scored full marks.", example = "true")
            boolean correct,

            @Schema(description = "When it was given (or last changed).", example = "2026-11-02T09:03:41Z")
            Instant answeredAt) {

        static ResponseJson of(ResponseRow r) {
            return new ResponseJson(
                    r.responseId(),
                    r.attemptId(),
                    r.username(),
                    r.assignmentId(),
                    r.quizId(),
                    r.attemptNumber(),
                    r.questionId(),
                    r.questionVersion(),
                    r.objectiveIds(),
                    r.answer(),
                    r.storedAnswer(),
                    r.score(),
                    r.correct(),
                    r.answeredAt());
        }
    }

    @Schema(description = "A learner's mastery of a learning objective, as in the class page's heat map.")
    record MasteryJson(
            @Schema(description = "The learner's username.", example = "lea.martin")
            String username,

            @Schema(description = "The learner's name as shown in the app.", example = "Léa Martin")
            String displayName,

            @Schema(description = "The objective.", example = "th-cni-coredns")
            String objectiveId,

            @Schema(
                    description = "Mastery in percent, rounded: the mean over all the bank's questions on the"
                            + " objective of the learner's latest score on each (never answered: 0).",
                    example = "64")
            int mastery,

            @Schema(description = "How many of the objective's questions the learner answered.", example = "9")
            int answered,

            @Schema(description = "How many questions of the bank are on the objective.", example = "14")
            int questions,

            @Schema(
                    description = "When the learner last answered one of them; null if never.",
                    example = "2026-11-09T16:38:12Z")
            Instant lastAnsweredAt) {

        static MasteryJson of(MasteryRow r) {
            return new MasteryJson(
                    r.username(),
                    r.displayName(),
                    r.objectiveId(),
                    r.mastery(),
                    r.answered(),
                    r.questions(),
                    r.lastAnsweredAt());
        }
    }

    @Schema(description = "A page of scores.")
    record ScorePage(
            @Schema(description = "The rows, by learner then assignment.")
            List<ScoreJson> items,

            @Schema(description = CURSOR, example = CURSOR_EXAMPLE)
            String nextCursor) {}

    @Schema(description = "A page of answers.")
    record ResponsePage(
            @Schema(description = "The rows, by answer id.") List<ResponseJson> items,

            @Schema(description = CURSOR, example = CURSOR_EXAMPLE)
            String nextCursor) {}

    @Schema(description = "A page of mastery figures.")
    record MasteryPage(
            @Schema(description = "The rows, by learner then objective (in the heat map's order).")
            List<MasteryJson> items,

            @Schema(description = CURSOR, example = CURSOR_EXAMPLE)
            String nextCursor) {}
}
