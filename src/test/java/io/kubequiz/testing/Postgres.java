package io.kubequiz.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the tests may use: {@code KUBEQUIZ_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code KUBEQUIZ_TEST_PG_USER} (default {@code postgres}) and
 * {@code KUBEQUIZ_TEST_PG_PASSWORD} (default empty). Each test that needs it gets a database of its own, created
 * fresh and dropped afterwards, so that runs never see each other's rows.
 */
public final class Postgres {

    private static Boolean reachable;

    private Postgres() {}

    /** A database created for one test run. */
    public record Database(String name, String url, String user, String password) implements AutoCloseable {

        /** Drops the database, closing whatever connections are still open to it. */
        @Override
        public void close() {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** A new, empty database whose name starts with {@code kq_<purpose>_}. */
    public static Database createDatabase(String purpose) {
        String name = "kq_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        String server = serverUrl();
        String url = server.substring(0, server.lastIndexOf('/') + 1) + name;
        return new Database(name, url, user(), password());
    }

    /** Whether the server answers (asked once per test JVM). */
    public static synchronized boolean available() {
        if (reachable == null) {
            try (Connection ignored = connect()) {
                reachable = true;
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    /**
     * Runs a test only where PostgreSQL answers; elsewhere it is skipped with the reason. In CI ({@code CI=true}) a
     * skipped PostgreSQL test would hide a broken build: there it fails.
     */
    public static final class Required implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (available()) {
                return ConditionEvaluationResult.enabled("PostgreSQL at " + serverUrl());
            }
            String reason = "No PostgreSQL at " + serverUrl() + " as " + user()
                    + " (start one, or set KUBEQUIZ_TEST_PG_URL, KUBEQUIZ_TEST_PG_USER, KUBEQUIZ_TEST_PG_PASSWORD)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + ": the PostgreSQL tests must run in CI (CI=true)");
            }
            return ConditionEvaluationResult.disabled(reason + ": the PostgreSQL tests are skipped");
        }
    }

    static String serverUrl() {
        return env("KUBEQUIZ_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    static String user() {
        return env("KUBEQUIZ_TEST_PG_USER", "postgres");
    }

    static String password() {
        return env("KUBEQUIZ_TEST_PG_PASSWORD", "");
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(serverUrl(), user(), password());
    }

    private static void execute(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl() + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
