package io.kubequiz.api;

import static io.kubequiz.api.CsvExport.Kind.BOOLEAN;
import static io.kubequiz.api.CsvExport.Kind.INSTANT;
import static io.kubequiz.api.CsvExport.Kind.NUMBER;
import static io.kubequiz.api.CsvExport.Kind.TEXT;

import io.kubequiz.account.AccountUser;
import io.kubequiz.api.CsvExport.Column;
import io.kubequiz.dashboard.ClassExports;
import io.kubequiz.dashboard.ClassExports.Key;
import io.kubequiz.dashboard.ClassExports.MasteryRow;
import io.kubequiz.dashboard.ClassExports.Page;
import io.kubequiz.dashboard.ClassExports.ResponseRow;
import io.kubequiz.dashboard.ClassExports.Scope;
import io.kubequiz.dashboard.ClassExports.ScoreRow;
import io.kubequiz.system.Languages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A class's scores, answers and mastery for trainers' scripts and LMS (trainers and admins, by session or API token):
 * JSON pages by default ({@code {"items": [...], "nextCursor": ...}}, {@code limit} rows, {@code nextCursor} null on
 * the last page), or every row as CSV ({@code Accept: text/csv} or {@code format=csv}), streamed from the database as
 * it is read. Every parameter is checked first (400 naming it), then the class: another trainer's class, or an
 * assignment that is not in the class, is a 404 ({@code application/problem+json}).
 */
@RestController
@RequestMapping("/api/v1/classes/{classId}")
@Tag(name = "Exports", description = "A class's scores, answers and mastery, as JSON pages or CSV files.")
class ExportApi {

    static final String FORMATS = "\n\nJSON by default: a page of `limit` rows and the `nextCursor` of the next"
            + " page. CSV with `Accept: text/csv` or `format=csv`: every row at once, streamed, with a header row"
            + " (UTF-8, RFC 4180; `sep` and `bom` for spreadsheets; a text cell starting with = + - @, a tab or a"
            + " carriage return gets a leading ' so that no spreadsheet runs it as a formula).";
    static final String CSV = "Every row, with a header row; null values are empty cells, lists joined by \"|\".";
    static final String SCORES_CSV = "username,displayName,assignmentId,quizId,attempts,grade,bestGrade,lastGrade,"
            + "firstSubmittedAt,lastSubmittedAt,completed\r\nlea.martin,Léa Martin,7,dns-names,3,83.3,83.3,75.0,"
            + "2026-11-02T09:14:03Z,2026-11-09T16:40:51Z,true\r\n";
    static final String RESPONSES_CSV = "responseId,attemptId,username,assignmentId,quizId,attemptNumber,questionId,"
            + "questionVersion,objectiveIds,answer,storedAnswer,score,correct,answeredAt\r\n120457,"
            + "3f0c2a52-8c1e-4a8e-9a57-2d1b1c7e4a10,lea.martin,7,dns-names,2,s73-name-service-fqdn,9c41d0e27b5a13f8,"
            + "mi-services-not-servers|th-cni-coredns,web.shop.svc.cluster.local,web.shop.svc.cluster.local,1.0,true,"
            + "2026-11-02T09:03:41Z\r\n";
    static final String MASTERY_CSV = "username,displayName,objectiveId,mastery,answered,questions,lastAnsweredAt\r\n"
            + "lea.martin,Léa Martin,th-cni-coredns,64,9,14,2026-11-09T16:38:12Z\r\n";

    static final List<Column<ScoreRow>> SCORE_COLUMNS = List.of(
            new Column<>("username", TEXT, ScoreRow::username),
            new Column<>("displayName", TEXT, ScoreRow::displayName),
            new Column<>("assignmentId", NUMBER, ScoreRow::assignmentId),
            new Column<>("quizId", TEXT, ScoreRow::quizId),
            new Column<>("attempts", NUMBER, ScoreRow::attempts),
            new Column<>("grade", NUMBER, ScoreRow::grade),
            new Column<>("bestGrade", NUMBER, ScoreRow::bestGrade),
            new Column<>("lastGrade", NUMBER, ScoreRow::lastGrade),
            new Column<>("firstSubmittedAt", INSTANT, ScoreRow::firstSubmittedAt),
            new Column<>("lastSubmittedAt", INSTANT, ScoreRow::lastSubmittedAt),
            new Column<>("completed", BOOLEAN, ScoreRow::completed));

    static final List<Column<ResponseRow>> RESPONSE_COLUMNS = List.of(
            new Column<>("responseId", NUMBER, ResponseRow::responseId),
            new Column<>("attemptId", TEXT, ResponseRow::attemptId),
            new Column<>("username", TEXT, ResponseRow::username),
            new Column<>("assignmentId", NUMBER, ResponseRow::assignmentId),
            new Column<>("quizId", TEXT, ResponseRow::quizId),
            new Column<>("attemptNumber", NUMBER, ResponseRow::attemptNumber),
            new Column<>("questionId", TEXT, ResponseRow::questionId),
            new Column<>("questionVersion", TEXT, ResponseRow::questionVersion),
            new Column<>("objectiveIds", TEXT, ResponseRow::objectiveIds),
            new Column<>("answer", TEXT, ResponseRow::answer),
            new Column<>("storedAnswer", TEXT, ResponseRow::storedAnswer),
            new Column<>("score", NUMBER, ResponseRow::score),
            new Column<>("correct", BOOLEAN, ResponseRow::correct),
            new Column<>("answeredAt", INSTANT, ResponseRow::answeredAt));

    static final List<Column<MasteryRow>> MASTERY_COLUMNS = List.of(
            new Column<>("username", TEXT, MasteryRow::username),
            new Column<>("displayName", TEXT, MasteryRow::displayName),
            new Column<>("objectiveId", TEXT, MasteryRow::objectiveId),
            new Column<>("mastery", NUMBER, MasteryRow::mastery),
            new Column<>("answered", NUMBER, MasteryRow::answered),
            new Column<>("questions", NUMBER, MasteryRow::questions),
            new Column<>("lastAnsweredAt", INSTANT, MasteryRow::lastAnsweredAt));

    private static final MediaType CSV_UTF8 = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");

    private final ClassExports exports;
    private final ExportCursors cursors;
    private final ZoneId zone;

    ExportApi(ClassExports exports, ExportCursors cursors, @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.exports = exports;
        this.cursors = cursors;
        this.zone = zone;
    }

    @GetMapping("/scores")
    @Operation(
            summary = "Scores of a class",
            description = "One row per current learner × assignment of the class (a learner removed from the class"
                    + " is left out, as on the class page; a learner with no attempt has a row with no grade): the"
                    + " attempts, the grade by the assignment's grading method over the finished attempts, the best and"
                    + " last grades, when the first and last attempts ended. By learner, then assignment." + FORMATS)
    @ApiResponse(
            responseCode = "200",
            description = "A page of rows (JSON), or every row (CSV).",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = ExportJson.ScorePage.class)),
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = "string", description = CSV, example = SCORES_CSV))
            })
    Object scores(
            @Parameter(description = "The class.", example = "3") @PathVariable long classId,
            @ParameterObject ExportQuery query,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @AuthenticationPrincipal AccountUser user,
            HttpServletResponse response) {
        Checked request = check("scores", classId, query, accept, user);
        if (request.csv() != null) {
            return csv(request, response, SCORE_COLUMNS, rows -> exports.allScores(request.scope(), rows));
        }
        Page<ScoreRow> page = exports.scores(request.scope(), request.after(), request.limit());
        return json(new ExportJson.ScorePage(
                page.items().stream().map(ExportJson.ScoreJson::of).toList(), next(request, page)));
    }

    @GetMapping("/responses")
    @Operation(
            summary = "Answers of a class",
            description = "One row per answer of the class's current learners to its assignments, once final: those"
                    + " of finished attempts, and those given with immediate feedback (an answer of an attempt still in"
                    + " progress without feedback can still change, and comes once the attempt ends). Each with the"
                    + " question's version and objectives, the answer as text in the language of Accept-Language and as"
                    + " stored, its score and time. By answer id. `since` keeps the answers final at or after it."
                    + FORMATS)
    @ApiResponse(
            responseCode = "200",
            description = "A page of rows (JSON), or every row (CSV).",
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(implementation = ExportJson.ResponsePage.class)),
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = "string", description = CSV, example = RESPONSES_CSV))
            })
    Object responses(
            @Parameter(description = "The class.", example = "3") @PathVariable long classId,
            @ParameterObject ExportQuery query,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @Parameter(description = "The language of the answers as text: fr (default) or en.", example = "en")
                    @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                    String language,
            @AuthenticationPrincipal AccountUser user,
            HttpServletResponse response) {
        Checked request = check("responses", classId, query, accept, user);
        Locale locale = Languages.fromAcceptLanguage(language);
        if (request.csv() != null) {
            return csv(
                    request, response, RESPONSE_COLUMNS, rows -> exports.allResponses(request.scope(), locale, rows));
        }
        Page<ResponseRow> page = exports.responses(request.scope(), request.after(), request.limit(), locale);
        return json(new ExportJson.ResponsePage(
                page.items().stream().map(ExportJson.ResponseJson::of).toList(), next(request, page)));
    }

    @GetMapping("/mastery")
    @Operation(
            summary = "Mastery per objective of a class",
            description = "One row per current learner × learning objective, with the class page's heat map figure:"
                    + " the mean over all the bank's questions on the objective of the learner's latest score on each."
                    + " By learner, then objective in the heat map's order. `assignmentId` keeps the objectives its"
                    + " quiz covers; `since` the objectives with an answer since then." + FORMATS)
    @ApiResponse(
            responseCode = "200",
            description = "A page of rows (JSON), or every row (CSV).",
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(implementation = ExportJson.MasteryPage.class)),
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = "string", description = CSV, example = MASTERY_CSV))
            })
    Object mastery(
            @Parameter(description = "The class.", example = "3") @PathVariable long classId,
            @ParameterObject ExportQuery query,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @AuthenticationPrincipal AccountUser user,
            HttpServletResponse response) {
        Checked request = check("mastery", classId, query, accept, user);
        if (request.csv() != null) {
            return csv(request, response, MASTERY_COLUMNS, rows -> exports.allMastery(request.scope(), rows));
        }
        Page<MasteryRow> page = exports.mastery(request.scope(), request.after(), request.limit());
        return json(new ExportJson.MasteryPage(
                page.items().stream().map(ExportJson.MasteryJson::of).toList(), next(request, page)));
    }

    /** A request whose parameters are all valid and whose class the user manages. {@code csv} null: JSON. */
    private record Checked(
            String export, Scope scope, ExportCursors.Context context, Key after, int limit, CsvExport.Options csv) {}

    private Checked check(String export, long classId, ExportQuery query, String accept, AccountUser user) {
        boolean csv = query.csv(accept);
        Long assignmentId = query.assignment();
        Instant since = query.sinceIn(zone);
        int limit = query.pageSize();
        CsvExport.Options options = new CsvExport.Options(query.separator(), query.byteOrderMark());
        ExportCursors.Context context = new ExportCursors.Context(export, classId, assignmentId, since);
        Key after = query.cursor() == null ? null : cursors.decode(context, query.cursor());
        Scope scope = exports.scope(classId, assignmentId, since, user);
        return new Checked(export, scope, context, after, limit, csv ? options : null);
    }

    private String next(Checked request, Page<?> page) {
        return page.next() == null ? null : cursors.encode(request.context(), page.next());
    }

    /** Sent as JSON whatever the Accept header says: {@code format=json} wins over {@code Accept: text/csv}. */
    private static <T> ResponseEntity<T> json(T body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /**
     * The CSV body, written after the handler returns (the headers are set now): Spring MVC streams a
     * {@link StreamingResponseBody} returned as such, not one inside a {@code ResponseEntity<?>}, hence the
     * {@code Object} return types.
     */
    private static <T> StreamingResponseBody csv(
            Checked request, HttpServletResponse response, List<Column<T>> columns, Consumer<Consumer<T>> rows) {
        Scope scope = request.scope();
        String name = "kubequiz-class-" + scope.classId() + "-" + request.export()
                + (scope.assignmentId() == null ? "" : "-assignment-" + scope.assignmentId()) + ".csv";
        response.setContentType(CSV_UTF8.toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        return out -> CsvExport.write(out, request.csv(), columns, rows);
    }
}
