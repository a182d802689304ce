package io.kubequiz.dashboard;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the test's own thread prepares, whoever prepares them (Hibernate or JdbcClient): the
 * data source hands out connections whose {@code prepareStatement}/{@code createStatement}/{@code prepareCall} are
 * noted. Other threads (the expiry job) are not counted, nor the session store's own statements (Spring Session
 * JDBC, on the {@code postgres} profile): they are the same for every request, not the page's.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DashboardStatementCounter {

    private static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final List<String> STATEMENTS = Collections.synchronizedList(new ArrayList<>());
    private static volatile Thread counted;

    /** Starts counting the statements of the calling thread, forgetting earlier ones. */
    public static void start() {
        STATEMENTS.clear();
        counted = Thread.currentThread();
    }

    /** The statements counted since {@link #start()}, and stops counting. */
    public static List<String> stop() {
        counted = null;
        synchronized (STATEMENTS) {
            return List.copyOf(STATEMENTS);
        }
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                        ? new Counting(dataSource)
                        : bean;
            }
        };
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (PREPARING.contains(method.getName()) && Thread.currentThread() == counted) {
                    String sql = args != null && args.length > 0 ? String.valueOf(args[0]) : method.getName();
                    if (!sql.contains("SPRING_SESSION")) {
                        STATEMENTS.add(sql);
                    }
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(
                    DashboardStatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }
    }
}
