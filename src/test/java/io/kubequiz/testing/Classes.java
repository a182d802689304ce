package io.kubequiz.testing;

import static io.kubequiz.testing.Learner.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Trainers, classes and assignments made through the real pages, for tests. */
public final class Classes {

    public static final String TRAINER_PASSWORD = "trainer-pass-1";

    /** Wall-clock times on the trainer's form are in this zone (see the test configuration). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private Classes() {}

    /** A new trainer account, created by the admin, signed in. */
    public static Learner trainer(MockMvc mvc) throws Exception {
        String name = "trainer-" + UUID.randomUUID().toString().substring(0, 6);
        Learner admin = Learner.logIn(mvc, "admin", "admin-pass-2026");
        admin.post("/admin/users", form("username", name, "displayName", "T " + name, "password", TRAINER_PASSWORD));
        return Learner.logIn(mvc, name, TRAINER_PASSWORD);
    }

    public static long createClass(Learner trainer, String name) throws Exception {
        MvcResult created = trainer.post("/classes", form("name", name));
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/classes/");
        return Long.parseLong(location.substring("/classes/".length()));
    }

    public static String joinCode(JdbcClient jdbc, long classId) {
        return jdbc.sql("SELECT join_code FROM classroom WHERE id = ?")
                .param(classId)
                .query(String.class)
                .single();
    }

    /** A new learner, registered and in the class. */
    public static Learner learnerIn(MockMvc mvc, JdbcClient jdbc, long classId) throws Exception {
        Learner learner = Learner.register(mvc);
        MvcResult joined = learner.post("/my-classes/join", form("code", joinCode(jdbc, classId)));
        assertThat(joined.getResponse().getRedirectedUrl()).isEqualTo("/my-classes");
        return learner;
    }

    /** A date-time field value, {@code minutesFromNow} away, in the form's zone. */
    public static String inMinutes(long minutesFromNow) {
        return LocalDateTime.now(ZONE)
                .plusMinutes(minutesFromNow)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    /**
     * Assigns a quiz with the trainer form; {@code overrides} are name/value pairs replacing the defaults (opened a
     * minute ago, no close date, unlimited attempts, no time limit, highest grade, answers after submission).
     */
    public static MvcResult assign(Learner trainer, long classId, String quizId, String mode, String... overrides)
            throws Exception {
        List<String> pairs = new ArrayList<>(List.of(
                "quizId", quizId,
                "mode", mode,
                "opensAt", inMinutes(-1),
                "closesAt", "",
                "attemptsAllowed", "",
                "timeLimitMinutes", "",
                "gradingMethod", "HIGHEST",
                "reviewTiming", "AFTER_SUBMISSION"));
        for (int i = 0; i < overrides.length; i += 2) {
            int at = pairs.indexOf(overrides[i]);
            pairs.set(at + 1, overrides[i + 1]);
        }
        return trainer.post("/classes/" + classId + "/assignments", form(pairs.toArray(String[]::new)));
    }

    /** Assigns a quiz and returns the new assignment's id. */
    public static long assigned(
            Learner trainer, JdbcClient jdbc, long classId, String quizId, String mode, String... overrides)
            throws Exception {
        MvcResult result = assign(trainer, classId, quizId, mode, overrides);
        assertThat(result.getResponse().getRedirectedUrl())
                .as(Arrays.toString(overrides))
                .isEqualTo("/classes/" + classId);
        return jdbc.sql("SELECT MAX(id) FROM assignment WHERE classroom_id = ?")
                .param(classId)
                .query(Long.class)
                .single();
    }
}
