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
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
class ExportApi {

    record PageJson<T>(List<T> items, String nextCursor) {}

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
    Object scores(
            @PathVariable long classId,
            ExportQuery query,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @AuthenticationPrincipal AccountUser user,
            HttpServletResponse response) {
        Checked request = check("scores", classId, query, accept, user);
        if (request.csv() != null) {
            return csv(request, response, SCORE_COLUMNS, rows -> exports.allScores(request.scope(), rows));
        }
        return json(request, exports.scores(request.scope(), request.after(), request.limit()));
    }

    @GetMapping("/responses")
    Object responses(
            @PathVariable long classId,
            ExportQuery query,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            @AuthenticationPrincipal AccountUser user,
            HttpServletResponse response) {
        Checked request = check("responses", classId, query, accept, user);
        Locale locale = Languages.fromAcceptLanguage(language);
        if (request.csv() != null) {
            return csv(
                    request, response, RESPONSE_COLUMNS, rows -> exports.allResponses(request.scope(), locale, rows));
        }
        return json(request, exports.responses(request.scope(), request.after(), request.limit(), locale));
    }

    @GetMapping("/mastery")
    Object mastery(
            @PathVariable long classId,
            ExportQuery query,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @AuthenticationPrincipal AccountUser user,
            HttpServletResponse response) {
        Checked request = check("mastery", classId, query, accept, user);
        if (request.csv() != null) {
            return csv(request, response, MASTERY_COLUMNS, rows -> exports.allMastery(request.scope(), rows));
        }
        return json(request, exports.mastery(request.scope(), request.after(), request.limit()));
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

    private <T> ResponseEntity<PageJson<T>> json(Checked request, Page<T> page) {
        String next = page.next() == null ? null : cursors.encode(request.context(), page.next());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new PageJson<>(page.items(), next));
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
