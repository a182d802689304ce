package io.kubequiz.api;

import static io.kubequiz.api.CsvExport.Kind.BOOLEAN;
import static io.kubequiz.api.CsvExport.Kind.INSTANT;
import static io.kubequiz.api.CsvExport.Kind.NUMBER;
import static io.kubequiz.api.CsvExport.Kind.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.api.CsvExport.Column;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV format itself: RFC 4180 quoting, separators, the byte order mark, formula cells, numbers left alone. */
class CsvExportTest {

    record Row(String name, Double grade, Boolean done, Instant at, List<String> ids) {}

    static final List<Column<Row>> COLUMNS = List.of(
            new Column<>("name", TEXT, Row::name),
            new Column<>("grade", NUMBER, Row::grade),
            new Column<>("done", BOOLEAN, Row::done),
            new Column<>("at", INSTANT, Row::at),
            new Column<>("ids", TEXT, Row::ids));

    private static byte[] write(char separator, boolean bom, Row... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(
                out,
                new CsvExport.Options(separator, bom),
                COLUMNS,
                sink -> List.of(rows).forEach(sink));
        return out.toByteArray();
    }

    private static String text(char separator, Row... rows) {
        return new String(write(separator, false, rows), StandardCharsets.UTF_8);
    }

    private static Row named(String name) {
        return new Row(name, null, null, null, null);
    }

    @Test
    void formulaCellsAreShownNotRun() {
        String csv = text(
                ',',
                named("=HYPERLINK(\"http://evil.example\",\"clic\")"),
                named("+cmd|' /C calc'!A0"),
                named("@SUM(A1:A9)"),
                named("-1+2"),
                named("\tTab"),
                named("\rReturn"),
                named("Zoé = fine"),
                named("-3"),
                named("-2.5"));
        assertThat(csv.split("\r\n", -1))
                .containsExactly(
                        "name,grade,done,at,ids",
                        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\",,,,",
                        "'+cmd|' /C calc'!A0,,,,",
                        "'@SUM(A1:A9),,,,",
                        "'-1+2,,,,",
                        "'\tTab,,,,",
                        "\"'\rReturn\",,,,",
                        "Zoé = fine,,,,",
                        "-3,,,,",
                        "-2.5,,,,",
                        "");
    }

    @Test
    void numbersBooleansAndDatesAreWrittenAsSuch() {
        Instant at = Instant.parse("2026-11-24T08:05:03.120Z");
        String csv = text(',', new Row("Ann", -12.5, true, at, List.of("th-pod-ip", "pr-diagnose")));
        assertThat(csv).endsWith("\r\nAnn,-12.5,true,2026-11-24T08:05:03.120Z,th-pod-ip|pr-diagnose\r\n");
    }

    @Test
    void datesReadLikeInstantToString() {
        for (String value : new String[] {
            "2026-11-24T08:05:03Z",
            "2026-01-02T03:04:05.100Z",
            "2026-12-31T23:59:59.123456Z",
            "1999-06-07T00:00:00.000000001Z",
            "2026-03-29T01:30:00.999999999Z"
        }) {
            Instant instant = Instant.parse(value);
            assertThat(text(',', new Row("x", null, null, instant, null))).endsWith(",," + instant + ",\r\n");
        }
    }

    @Test
    void rfc4180QuotesWhatNeedsIt() {
        String csv = text(',', named("Dupont; \"Jo\", le\nretour"), named("plain name"));
        assertThat(csv)
                .isEqualTo("name,grade,done,at,ids\r\n\"Dupont; \"\"Jo\"\", le\nretour\",,,,\r\nplain name,,,,\r\n");
        String semicolons = text(';', named("Dupont; \"Jo\", le\nretour"), named("a,b"));
        assertThat(semicolons)
                .isEqualTo("name;grade;done;at;ids\r\n\"Dupont; \"\"Jo\"\", le\nretour\";;;;\r\na,b;;;;\r\n");
        String tabs = text('\t', named("a\tb"), named("a;b"));
        assertThat(tabs).isEqualTo("name\tgrade\tdone\tat\tids\r\n\"a\tb\"\t\t\t\t\r\na;b\t\t\t\t\r\n");
    }

    @Test
    void theByteOrderMarkComesFirstOnlyWhenAskedFor() {
        byte[] withBom = write(';', true, named("Zoé"));
        assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(withBom, 3, withBom.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("name;grade;done;at;ids\r\nZoé;;;;\r\n");
        byte[] without = write(',', false, named("Zoé"));
        assertThat(without[0]).isEqualTo((byte) 'n');
    }

    @Test
    void anEmptyExportStillHasItsHeader() {
        assertThat(text(',')).isEqualTo("name,grade,done,at,ids\r\n");
    }
}
