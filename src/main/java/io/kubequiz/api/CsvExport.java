package io.kubequiz.api;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
                Cells cells = new Cells();
                rows.accept(row -> writeRow(csv, columns, row, cells));
            }
            bytes.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void writeRow(JsonGenerator csv, List<Column<T>> columns, T row, Cells cells) {
        csv.writeStartArray();
        for (Column<T> column : columns) {
            Object value = column.value().apply(row);
            if (value == null) {
                csv.writeString(""); // writeNull() leaves no cell at all in a row written as an array
                continue;
            }
            switch (column.kind()) {
                case TEXT -> csv.writeString(cells.text(value));
                case NUMBER -> {
                    if (value instanceof Double d) {
                        csv.writeNumber(d);
                    } else {
                        csv.writeNumber(((Number) value).longValue());
                    }
                }
                case BOOLEAN -> csv.writeBoolean((Boolean) value);
                case INSTANT -> csv.writeString(cells.instant((Instant) value));
            }
        }
        csv.writeEndArray();
    }

    /**
     * Text of cells, with the little that repeats kept: the same list of ids (the same object, from the same question)
     * is joined once; dates are formatted by hand, as {@link Instant#toString()} does but several times faster.
     */
    private static final class Cells {

        private final Map<Object, String> joined = new IdentityHashMap<>();
        private final char[] date = new char[30];

        String text(Object value) {
            if (value instanceof List<?> list) {
                String text = joined.get(list);
                if (text == null) {
                    text = neutralised(
                            String.join("|", list.stream().map(String::valueOf).toList()));
                    if (joined.size() < 10_000) {
                        joined.put(list, text);
                    }
                }
                return text;
            }
            return neutralised(value.toString());
        }

        /** {@code 2026-11-24T08:05:03.120Z}: ISO-8601 in UTC, the fraction in groups of three digits, none if 0. */
        String instant(Instant instant) {
            long seconds = instant.getEpochSecond();
            int nanos = instant.getNano();
            LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
            if (t.getYear() < 0 || t.getYear() > 9999) {
                return instant.toString();
            }
            int n = digits(t.getYear(), 4, 0);
            date[n++] = '-';
            n = digits(t.getMonthValue(), 2, n);
            date[n++] = '-';
            n = digits(t.getDayOfMonth(), 2, n);
            date[n++] = 'T';
            n = digits(t.getHour(), 2, n);
            date[n++] = ':';
            n = digits(t.getMinute(), 2, n);
            date[n++] = ':';
            n = digits(t.getSecond(), 2, n);
            if (nanos > 0) {
                date[n++] = '.';
                if (nanos % 1_000_000 == 0) {
                    n = digits(nanos / 1_000_000, 3, n);
                } else if (nanos % 1_000 == 0) {
                    n = digits(nanos / 1_000, 6, n);
                } else {
                    n = digits(nanos, 9, n);
                }
            }
            date[n++] = 'Z';
            return new String(date, 0, n);
        }

        private int digits(int value, int width, int at) {
            for (int i = at + width - 1; i >= at; i--) {
                date[i] = (char) ('0' + value % 10);
                value /= 10;
            }
            return at + width;
        }
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
