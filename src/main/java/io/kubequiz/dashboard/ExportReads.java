package io.kubequiz.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads an export query row by row without ever holding its result, in the caller's read-only transaction.
 *
 * <p>Every export query walks <b>units</b> in the order of a numeric key in its first column (answers by id, learners
 * by id), from a key on, optionally at most so many units ({@link Query#at}); its other rows belong to the unit of
 * their first column. On PostgreSQL it runs once: in a read-only transaction with a fetch size the driver reads it
 * through a cursor, {@link #FETCH_SIZE} rows at a time. On H2 it runs in chunks of {@link Query#chunk()} units, each
 * from the key after the last one read: H2 computes a whole result in the JVM's heap before handing over its first row,
 * and its lazy execution, which would not, can lose pages when the database is written during a long read (H2 issues
 * 4142 and 4383, "Chunk not found"). Each chunk is cheap because the queries are written so that H2 walks the key's
 * index and stops at the limit (see each query). So an export costs one statement on PostgreSQL and one per chunk on
 * H2, whatever the number of rows in a chunk.
 *
 * <p>The caller's {@link Rows} may stop the read early: a JSON page stops once it has its rows.
 */
@Component
class ExportReads {

    static final int FETCH_SIZE = 1_000;

    /** One statement of an export. */
    record Statement(String sql, List<Object> parameters) {}

    /** An export query, from a unit key on (inclusive), at most {@code limit} units ({@code 0}: all). */
    interface Query {

        Statement at(long from, int limit);

        /** How many units one statement reads on H2: their rows are all in the heap at once. */
        int chunk();
    }

    /** Takes one row; false stops the read. */
    interface Rows {
        boolean next(ResultSet rs) throws SQLException;
    }

    private final JdbcTemplate jdbc;
    private volatile Boolean h2;

    ExportReads(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * The rows of every unit from {@code from} on, until {@code rows} stops the read. {@code firstLimit} (0: none)
     * bounds the first statement, for a page that knows how many units it needs; if the rows it gave were not enough
     * (the caller skipped some), the read goes on like an unbounded one.
     */
    void stream(Query query, long from, int firstLimit, Rows rows) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean chunked = isH2(connection);
            long next = from;
            int limit = firstLimit > 0 ? firstLimit : chunked ? query.chunk() : 0;
            while (true) {
                Units read = new Units();
                if (!run(connection, query.at(next, limit), rows, read) || limit == 0 || read.count < limit) {
                    return null;
                }
                next = read.last + 1;
                limit = chunked ? query.chunk() : 0;
            }
        });
    }

    /** Runs one statement; false when the caller stopped it. */
    private static boolean run(Connection connection, Statement statement, Rows rows, Units units) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            prepared.setFetchSize(FETCH_SIZE);
            List<Object> parameters = statement.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                prepared.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = prepared.executeQuery()) {
                while (rs.next()) {
                    units.saw(rs.getLong(1));
                    if (!rows.next(rs)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Counts the units a statement returned (rows of one unit come together) and remembers the last key. */
    private static final class Units {
        int count;
        long last = Long.MIN_VALUE;

        void saw(long key) {
            if (count == 0 || key != last) {
                count++;
                last = key;
            }
        }
    }

    /** {@code ?, ?, ?} for an IN list of this many values (at least one). */
    static String placeholders(Collection<?> values) {
        return String.join(", ", Collections.nCopies(Math.max(1, values.size()), "?"));
    }

    private boolean isH2(Connection connection) throws SQLException {
        Boolean known = h2;
        if (known == null) {
            known = "H2".equals(connection.getMetaData().getDatabaseProductName());
            h2 = known;
        }
        return known;
    }
}
