package io.kubequiz.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On H2 an export is read in chunks of whole units (one learner's rows never split), each from the key after the last
 * one read: every row once, in order, however the chunks fall; a caller can stop at any row.
 */
class ExportReadsTest {

    private ExportReads reads;
    private final List<String> statements = new ArrayList<>();

    @BeforeEach
    void aTableOfUnitsWithSeveralRowsEach() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:export-reads-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE learner (id BIGINT PRIMARY KEY)");
            statement.execute("CREATE TABLE line (learner_id BIGINT, n INT)");
            for (int learner = 1; learner <= 10; learner++) {
                statement.execute("INSERT INTO learner VALUES (" + learner * 10 + ")");
                for (int n = 0; n < learner % 3; n++) { // 0, 1 or 2 lines: a learner with none still comes
                    statement.execute("INSERT INTO line VALUES (" + learner * 10 + ", " + n + ")");
                }
            }
        }
        reads = new ExportReads(dataSource);
    }

    private ExportReads.Query query(int chunk) {
        return new ExportReads.Query() {
            @Override
            public ExportReads.Statement at(long from, int limit) {
                String sql = "SELECT k.id, l.n FROM (SELECT id FROM learner WHERE id >= ? ORDER BY id"
                        + (limit > 0 ? " LIMIT " + limit : "") + ") k LEFT JOIN line l ON l.learner_id = k.id"
                        + " ORDER BY k.id, l.n";
                statements.add(sql);
                return new ExportReads.Statement(sql, List.of(from));
            }

            @Override
            public int chunk() {
                return chunk;
            }
        };
    }

    private List<String> read(int chunk, long from, int firstLimit, int stopAfter) {
        List<String> rows = new ArrayList<>();
        reads.stream(query(chunk), from, firstLimit, rs -> {
            rows.add(rs.getLong(1) + ":" + rs.getObject(2));
            return rows.size() < stopAfter;
        });
        return rows;
    }

    @Test
    void everyRowOnceInOrderWhateverTheChunkSize() {
        List<String> whole = read(1_000, 0, 0, Integer.MAX_VALUE);
        assertThat(whole).hasSize(13).startsWith("10:0", "20:0", "20:1", "30:null", "40:0");
        assertThat(statements).hasSize(1);
        for (int chunk = 1; chunk <= 4; chunk++) {
            statements.clear();
            assertThat(read(chunk, 0, 0, Integer.MAX_VALUE))
                    .as("chunk " + chunk)
                    .isEqualTo(whole);
            assertThat(statements).as("chunk " + chunk).hasSize(10 / chunk + 1);
        }
    }

    @Test
    void aReadStartsAtItsKeyAndStopsWhenTheCallerHasEnough() {
        assertThat(read(2, 35, 0, Integer.MAX_VALUE)).startsWith("40:0", "50:0", "50:1");
        statements.clear();
        assertThat(read(2, 0, 0, 4)).containsExactly("10:0", "20:0", "20:1", "30:null");
        assertThat(statements).hasSize(2);
        statements.clear();
        assertThat(read(1_000, 0, 3, Integer.MAX_VALUE)).hasSize(13);
        assertThat(statements).as("a first limit, then chunks").hasSize(2);
        assertThat(statements.get(0)).contains("LIMIT 3");
    }
}
