package io.kubequiz.api;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Rows as CSV (RFC 4180) written by Jackson's CSV generator as they come: a header row, UTF-8 (with a byte order mark
 * on request, for spreadsheets that need it to read UTF-8), records ended by CRLF, a field quoted only when it holds
 * the separator, a quote or a line break (quotes doubled).
 *
 * <p>Formula injection (OWASP "CSV injection"): a <b>text</b> cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a leading {@code '}, so that a spreadsheet shows it instead of running it
 * — unless it is a plain negative number ({@code -3}, {@code -2.5}), which no spreadsheet runs. Number, boolean and
 * date columns are written as such and never touched: a negative grade stays a number.
 */
final class CsvExport {

    /** How a column's values are written. */
    enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        INSTANT
    }

    /** A column: its header, its kind and how to read it from a row (null: an empty cell). */
    record Column<T>(String name, Kind kind, Function<T, Object> value) {}

    /** How the client asked for the file. */
    record Options(char separator, boolean byteOrderMark) {}

    private static final CsvMapper MAPPER =
            CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern PLAIN_NEGATIVE_NUMBER = Pattern.compile("-\\d+([.,]\\d+)?");
    private static final int BUFFER = 64 * 1024;

    private CsvExport() {}

    /**
     * Writes the header, then every row {@code rows} hands over, to {@code out}; flushed at the end (the stream is the
     * response's, closed by the server).
     */
    static <T> void write(OutputStream out, Options options, List<Column<T>> columns, Consumer<Consumer<T>> rows) {
        CsvSchema schema = CsvSchema.builder()
                .setColumnSeparator(options.separator())
                .setLineSeparator("\r\n")
                .setUseHeader(false)
                .build();
        BufferedOutputStream bytes = new BufferedOutputStream(out, BUFFER);
        try {
            if (options.byteOrderMark()) {
                bytes.write(BOM);
            }
            Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            try (JsonGenerator csv = MAPPER.writer(schema).createGenerator(text)) {
                csv.writeStartArray();
                for (Column<T> column : columns) {
                    csv.writeString(column.name());
                }
                csv.writeEndArray();
                rows.accept(row -> writeRow(csv, columns, row));
            }
            bytes.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void writeRow(JsonGenerator csv, List<Column<T>> columns, T row) {
        csv.writeStartArray();
        for (Column<T> column : columns) {
            Object value = column.value().apply(row);
            if (value == null) {
                csv.writeNull();
                continue;
            }
            switch (column.kind()) {
                case TEXT -> csv.writeString(neutralised(text(value)));
                case NUMBER -> {
                    if (value instanceof Double d) {
                        csv.writeNumber(d);
                    } else {
                        csv.writeNumber(((Number) value).longValue());
                    }
                }
                case BOOLEAN -> csv.writeBoolean((Boolean) value);
                case INSTANT -> csv.writeString(((Instant) value).toString());
            }
        }
        csv.writeEndArray();
    }

    /** A list of ids as one cell, joined by "|". */
    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join("|", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    /** A text cell as a spreadsheet should show it: see the class comment. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !PLAIN_NEGATIVE_NUMBER.matcher(text).matches() ? "'" + text : text;
    }
}
