package io.kubequiz.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The whole suite run again on PostgreSQL: with the system property {@code kubequiz.test.database=postgres} (the
 * build's {@code postgres} test execution sets it, with the {@code postgres} profile), every Spring context that
 * would have had an in-memory H2 database of its own gets a fresh PostgreSQL database of its own instead, dropped
 * when the test JVM ends. A context that chose its own database (a file, a shared one) keeps it.
 *
 * <p>Without a PostgreSQL server that run is skipped with the reason, except in CI ({@code CI=true}), where it fails.
 */
public final class PostgresSuite implements EnvironmentPostProcessor, ExecutionCondition {

    private static final String DEFAULT_TEST_URL = "jdbc:h2:mem:kubequiz-";
    private static final String PROFILE_URL = "${KUBEQUIZ_DB_URL}";
    private static final List<Postgres.Database> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(Postgres.Database::close)));
    }

    /** Whether this test JVM runs the suite on PostgreSQL. */
    public static boolean active() {
        return "postgres".equals(System.getProperty("kubequiz.test.database"));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!active() || choseItsOwnDatabase(environment)) {
            return;
        }
        Postgres.Database database = Postgres.createDatabase("suite");
        CREATED.add(database);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "kubequiz-test-postgres",
                        Map.of(
                                "spring.datasource.url", database.url(),
                                "spring.datasource.username", database.user(),
                                "spring.datasource.password", database.password())));
    }

    /**
     * Whether the context names a database of its own: its first {@code spring.datasource.url} (unresolved) is
     * neither the tests' in-memory default nor the {@code postgres} profile's {@code KUBEQUIZ_DB_URL}.
     */
    private static boolean choseItsOwnDatabase(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            Object url = source.getProperty("spring.datasource.url");
            if (url != null) {
                String text = url.toString();
                return !text.startsWith(DEFAULT_TEST_URL) && !text.equals(PROFILE_URL);
            }
        }
        return false;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!active()) {
            return ConditionEvaluationResult.enabled("the suite runs on H2");
        }
        return new Postgres.Required().evaluateExecutionCondition(context);
    }
}
