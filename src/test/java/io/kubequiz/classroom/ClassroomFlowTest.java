package io.kubequiz.classroom;

import static io.kubequiz.testing.Learner.form;
import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Trainers run their classes; learners join with a code; nobody reaches a class that is not theirs. */
@SpringBootTest
@AutoConfigureMockMvc
class ClassroomFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClassroomRepository classrooms;

    @Autowired
    JdbcClient jdbc;

    private Learner trainer() throws Exception {
        return Classes.trainer(mvc);
    }

    private long createClass(Learner trainer, String name) throws Exception {
        return Classes.createClass(trainer, name);
    }

    private String code(long classId) {
        return classrooms.findById(classId).orElseThrow().joinCode();
    }

    private MvcResult join(Learner learner, String code) throws Exception {
        return learner.post("/my-classes/join", form("code", code));
    }

    @Test
    void aLearnerJoinsWithTheCodeTypedLooselyAndTheTrainerSeesThem() throws Exception {
        Learner trainer = trainer();
        long classId = createClass(trainer, "MicroK8s — groupe A");
        String code = code(classId);
        assertThat(code).hasSize(8);
        Learner learner = Learner.register(mvc);

        MvcResult joined = join(learner, " " + code.substring(0, 4).toLowerCase(Locale.ROOT) + "-" + code.substring(4));

        assertThat(joined.getResponse().getRedirectedUrl()).isEqualTo("/my-classes");
        assertThat(learner.get("/my-classes").getResponse().getContentAsString())
                .contains("MicroK8s — groupe A");
        assertThat(join(learner, code).getFlashMap().get("flash")).isEqualTo("class.join.already");
        String page = trainer.get("/classes/" + classId).getResponse().getContentAsString();
        assertThat(page).contains(learner.username()).contains(code);
        assertThat(trainer.get("/classes").getResponse().getContentAsString()).contains("MicroK8s — groupe A");
    }

    @Test
    void aWrongCodeIsRefusedWithAMessage() throws Exception {
        Learner learner = Learner.register(mvc);
        MvcResult result = join(learner, "ZZZZ9999");
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("Aucune classe ouverte n’a ce code.");
        assertThat(join(learner, "x".repeat(500)).getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void newClosedOrArchivedCodesStopJoins() throws Exception {
        Learner trainer = trainer();
        long classId = createClass(trainer, "Groupe B");
        String first = code(classId);

        trainer.post("/classes/" + classId + "/code", none());
        String second = code(classId);
        assertThat(second).isNotEqualTo(first);
        assertThat(join(Learner.register(mvc), first).getResponse().getStatus()).isEqualTo(400);

        trainer.post("/classes/" + classId + "/code/close", none());
        assertThat(code(classId)).isNull();
        assertThat(join(Learner.register(mvc), second).getResponse().getStatus())
                .isEqualTo(400);

        trainer.post("/classes/" + classId + "/code", none());
        trainer.post("/classes/" + classId + "/archive", form("archived", "true"));
        assertThat(join(Learner.register(mvc), code(classId)).getResponse().getStatus())
                .isEqualTo(400);
        trainer.post("/classes/" + classId + "/archive", form("archived", "false"));
        assertThat(join(Learner.register(mvc), code(classId)).getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void aRemovedLearnerNoLongerSeesTheClassButKeepsTheirAnswers() throws Exception {
        Learner trainer = trainer();
        long classId = createClass(trainer, "Groupe C");
        Learner learner = Learner.register(mvc);
        join(learner, code(classId));
        learner.post("/quizzes/golden-rules/start", none());
        long userId = jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                .param(learner.username())
                .query(Long.class)
                .single();

        MvcResult removed = trainer.post("/classes/" + classId + "/learners/" + userId + "/remove", none());

        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/classes/" + classId);
        assertThat(learner.get("/my-classes").getResponse().getContentAsString())
                .doesNotContain("Groupe C");
        assertThat(trainer.get("/classes/" + classId).getResponse().getContentAsString())
                .doesNotContain(learner.username());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attempt WHERE user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(trainer.post("/classes/" + classId + "/learners/" + userId + "/remove", none())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anotherTrainersClassIsNotFoundAndLearnersCannotManageClasses() throws Exception {
        Learner owner = trainer();
        Learner other = trainer();
        long classId = createClass(owner, "Groupe D");
        String code = code(classId);

        for (String url : new String[] {"/classes/" + classId}) {
            assertThat(other.get(url).getResponse().getStatus()).isEqualTo(404);
        }
        for (String url : new String[] {
            "/classes/" + classId + "/code", "/classes/" + classId + "/code/close", "/classes/" + classId + "/name"
        }) {
            assertThat(other.post(url, form("name", "Hijacked")).getResponse().getStatus())
                    .as(url)
                    .isEqualTo(404);
        }
        assertThat(other.get("/classes").getResponse().getContentAsString()).doesNotContain("Groupe D");
        assertThat(code(classId)).isEqualTo(code);
        assertThat(classrooms.findById(classId).orElseThrow().name()).isEqualTo("Groupe D");

        Learner learner = Learner.register(mvc);
        assertThat(learner.get("/classes").getResponse().getStatus()).isEqualTo(403);
        assertThat(learner.post("/classes", form("name", "Mine")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(Learner.logIn(mvc, "admin", "admin-pass-2026")
                        .get("/classes/" + classId)
                        .getResponse()
                        .getStatus())
                .as("an admin sees every class")
                .isEqualTo(200);
        assertThat(owner.postWithoutCsrf("/classes/" + classId + "/code/close", none())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void classNamesAreCheckedAndRenamed() throws Exception {
        Learner trainer = trainer();
        long before = classrooms.count();
        MvcResult blank = trainer.post("/classes", form("name", "   "));
        assertThat(blank.getResponse().getStatus()).isEqualTo(400);
        assertThat(blank.getResponse().getContentAsString()).contains("Donnez un nom à la classe.");
        assertThat(trainer.post("/classes", form("name", "n".repeat(81)))
                        .getResponse()
                        .getContentAsString())
                .contains("au plus 80 caractères");
        assertThat(classrooms.count()).isEqualTo(before);

        long classId = createClass(trainer, "Ancien nom");
        trainer.post("/classes/" + classId + "/name", form("name", "Nouveau nom"));
        assertThat(classrooms.findById(classId).orElseThrow().name()).isEqualTo("Nouveau nom");
        assertThat(trainer.post("/classes/" + classId + "/name", form("name", ""))
                        .getResponse()
                        .getContentAsString())
                .contains("Donnez un nom à la classe.");
        assertThat(classrooms.findById(classId).orElseThrow().name()).isEqualTo("Nouveau nom");
    }

    @Test
    void aLearnerCanJoinWhenRegisteringAndABadCodeCreatesNoAccount() throws Exception {
        Learner trainer = trainer();
        long classId = createClass(trainer, "Groupe E");
        long users = jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
        MvcResult refused = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/register")
                                .params(form(
                                        "username",
                                        "newbie-bad",
                                        "displayName",
                                        "N",
                                        "password",
                                        "kube-net-42",
                                        "classCode",
                                        "ZZZZ9999"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .header("Accept-Language", "fr"))
                .andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("Aucune classe ouverte n’a ce code.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single())
                .isEqualTo(users);

        MvcResult joined = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/register")
                                .params(form(
                                        "username",
                                        "newbie-ok",
                                        "displayName",
                                        "Newbie",
                                        "password",
                                        "kube-net-42",
                                        "classCode",
                                        code(classId).toLowerCase(Locale.ROOT)))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        assertThat(joined.getResponse().getRedirectedUrl()).isEqualTo("/quizzes");
        assertThat(joined.getFlashMap().get("flash")).isEqualTo("register.welcomeToClass");
        assertThat(trainer.get("/classes/" + classId).getResponse().getContentAsString())
                .contains("newbie-ok");
    }
}
