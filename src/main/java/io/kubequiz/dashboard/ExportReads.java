package io.kubequiz.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads an export query row by row, without ever holding its result: called inside a read-only transaction (so that
 * the PostgreSQL driver fetches {@link #FETCH_SIZE} rows at a time through a cursor instead of the whole result), and
 * on H2 with lazy query execution for the statement (H2 otherwise computes the whole result in the JVM's heap before
 * the first row, even when it needs no sort). The caller's {@link Rows} may stop the read early: a JSON page stops
 * once it has its rows, and the rest is never fetched.
 *
 * <p>The export queries are written so that both databases can stream them in order without sorting (see each
 * query): the order comes from the index of the first table, which H2 keeps when the other tables are outer-joined.
 */
@Component
class ExportReads {

    static final int FETCH_SIZE = 1_000;

    /** Takes one row; false stops the read. */
    interface Rows {
        boolean next(ResultSet rs) throws SQLException;
    }

    private final JdbcTemplate jdbc;
    private volatile Boolean h2;

    ExportReads(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    void stream(String sql, List<Object> parameters, Rows rows) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean lazy = isH2(connection);
            if (lazy) {
                lazyExecution(connection, true);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next() && rows.next(rs)) {
                        // each row is handed over as it comes
                    }
                }
            } finally {
                if (lazy) {
                    lazyExecution(connection, false);
                }
            }
            return null;
        });
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

    /** A session setting of H2 (not a transaction: nothing is committed). */
    private static void lazyExecution(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }
}
