package io.kubequiz.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The query parameters of an export, as sent: every one is read here, and a value that cannot be used is a 400 naming
 * it (never a 500, never silently ignored). Bound from the query string by name.
 */
record ExportQuery(
        @Parameter(description = "Only this assignment of the class (another class's is a 404).", example = "7")
        String assignmentId,

        @Parameter(
                description = "Only the rows that changed at or after this time: an ISO-8601 instant or date-time"
                        + " with offset, or a date (its first instant in the server's time zone).",
                example = "2026-11-02T08:00:00Z")
        String since,

        @Parameter(description = "JSON: rows per page, 1 to 5000 (default 500). CSV sends every row.", example = "500")
        String limit,

        @Parameter(
                description = "JSON: the nextCursor of the previous page, as given. CSV sends every row.",
                example = "djF8c2NvcmVzfDN8LXwtfDQyfDd8m2x0cHGs3mKp8A2mCk1fWg")
        String cursor,

        @Parameter(
                description = "json (default) or csv; wins over the Accept header (text/csv also asks for CSV).",
                schema = @Schema(allowableValues = {"json", "csv"}),
                example = "csv")
        String format,

        @Parameter(
                description = "CSV: the column separator, a comma (default), a semicolon (French spreadsheets) or a tab"
                        + " (%09 or the word tab).",
                example = ";")
        String sep,

        @Parameter(
                description = "CSV: true starts the file with a UTF-8 byte order mark, for spreadsheets that need it to"
                        + " read accents.",
                example = "true")
        String bom) {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5_000;

    /** The output the client asked for: {@code format} wins, then the Accept header (JSON unless CSV comes first). */
    boolean csv(String accept) {
        if (format != null) {
            String value = format.strip().toLowerCase(Locale.ROOT);
            if (value.equals("csv")) {
                return true;
            }
            if (value.equals("json")) {
                return false;
            }
            throw bad("format", format, "api.problem.badFormat");
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed()); // stable: ties keep order
            for (MediaType type : types) {
                if (type.getQualityValue() > 0 && type.isConcrete()) {
                    if (type.isCompatibleWith(new MediaType("text", "csv"))) {
                        return true;
                    }
                    if (MediaType.APPLICATION_JSON.isCompatibleWith(type)
                            || MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type)) {
                        return false;
                    }
                }
            }
            return false;
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    Long assignment() {
        if (assignmentId == null) {
            return null;
        }
        try {
            return Long.valueOf(assignmentId.strip());
        } catch (NumberFormatException e) {
            throw bad("assignmentId", assignmentId, "api.problem.badAssignmentId");
        }
    }

    /**
     * An instant ({@code 2026-11-02T08:00:00Z}), a date-time with an offset ({@code 2026-11-02T09:00:00+01:00}; a
     * {@code +} left unencoded in the URL arrives as a space and is read back), or a date or date-time without an
     * offset, read in the application's time zone (a date means its first instant).
     */
    Instant sinceIn(ZoneId zone) {
        if (since == null) {
            return null;
        }
        String value = since.strip().replace(' ', '+');
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return Instant.parse(value.toUpperCase(Locale.ROOT));
            }
            if (value.length() > 19 && (value.lastIndexOf('+') > 10 || value.lastIndexOf('-') > 10)) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw bad("since", since, "api.problem.badSince");
        }
    }

    int pageSize() {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad("limit", limit, "api.problem.badLimit");
    }

    /** The column separator: a comma by default, a semicolon, or a tab ({@code %09} or the word {@code tab}). */
    char separator() {
        if (sep == null || sep.equals(",")) {
            return ',';
        }
        if (sep.equals(";")) {
            return ';';
        }
        if (sep.equals("\t") || sep.equalsIgnoreCase("tab")) {
            return '\t';
        }
        throw bad("sep", sep, "api.problem.badSep");
    }

    boolean byteOrderMark() {
        if (bom == null || bom.equalsIgnoreCase("false")) {
            return false;
        }
        if (bom.equalsIgnoreCase("true")) {
            return true;
        }
        throw bad("bom", bom, "api.problem.badBom");
    }

    static BadParameterException bad(String parameter, String value, String messageKey) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return new BadParameterException(parameter, shown, messageKey);
    }
}
