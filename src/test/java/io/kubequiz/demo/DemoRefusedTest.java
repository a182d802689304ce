package io.kubequiz.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo mode never touches a database that already has data: it says so in the log and creates nothing. */
@SpringBootTest(properties = "kubequiz.demo=true")
@Import(DemoRefusedTest.ExistingLearner.class)
@ExtendWith(OutputCaptureExtension.class)
class DemoRefusedTest {

    /** A learner registered before this start: runners run before the application is ready. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ExistingLearner {

        @Bean
        ApplicationRunner existingLearner(JdbcClient jdbc) {
            return args -> jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role, created_at)"
                            + " VALUES ('early-bird', 'Early Bird', '{noop}unused-password-1', 'STUDENT', ?)")
                    .param(Timestamp.from(Instant.now()))
                    .update();
        }
    }

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void aDatabaseWithALearnerIsLeftAsItWasAndTheLogSaysWhy(CapturedOutput output) {
        assertThat(output.getAll())
                .contains("WARN")
                .contains("Demo data refused: the database already has data (1 accounts besides admin, 0 classes)");
        assertThat(output.getAll()).doesNotContain("Demo data created");
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username LIKE 'demo-%'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username <> 'admin'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM classroom")).isZero();
        assertThat(count("SELECT COUNT(*) FROM assignment")).isZero();
        assertThat(count("SELECT COUNT(*) FROM attempt")).isZero();
        assertThat(count("SELECT COUNT(*) FROM progress_question_state")).isZero();
    }
}
