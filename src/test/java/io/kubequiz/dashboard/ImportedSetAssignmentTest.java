package io.kubequiz.dashboard;

import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionSets;
import io.kubequiz.content.QuestionSets.SetSummary;
import io.kubequiz.content.QuizCatalog;
import io.kubequiz.content.ShortTextBody;
import io.kubequiz.content.TrueFalseBody;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A question set a trainer imported is assigned like a built-in quiz: learners answer it, it is graded from its stored
 * content, and it shows on the class page and in item statistics. Only its owner may assign it; nobody practises it
 * freely.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportedSetAssignmentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionSets sets;

    @Autowired
    QuizCatalog catalog;

    private StatisticsScenario scenario;
    private Learner trainer;
    private long classId;
    private SetSummary set;

    @BeforeEach
    void trainerImportsASet() throws Exception {
        scenario = new StatisticsScenario(mvc, jdbc, catalog);
        trainer = scenario.trainer().inEnglish();
        classId = scenario.createClass(trainer, "Imported group");
        long trainerId = jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                .param(trainer.username())
                .query(Long.class)
                .single();
        set = sets.save(trainerId, "Services, my way", "services.gift", List.of(choice(), trueFalse(), shortText()));
    }

    @Test
    void theSetIsStoredWithItsOwnIdsAndReadsBackEqual() {
        List<String> ids = catalog.quiz(set.quizId()).orElseThrow().questionIds();
        assertThat(ids).containsExactly("set" + set.id() + "-q1", "set" + set.id() + "-q2", "set" + set.id() + "-q3");
        Question first = catalog.question(ids.get(0)).orElseThrow();
        assertThat(first.stem()).isEqualTo(choice().stem());
        assertThat(first.body()).isEqualTo(choice().body());
        assertThat(first.version()).hasSize(16);
        assertThat(catalog.quizTitle(set.quizId(), java.util.Locale.FRENCH)).isEqualTo("Services, my way");
    }

    @Test
    void learnersAnswerAnAssignedSetAndTheTrainerSeesItsStatistics() throws Exception {
        long assignmentId = scenario.assign(trainer, classId, set.quizId());
        Learner learner = scenario.learnerIn(classId);
        UUID attempt = scenario.start(learner, assignmentId);
        List<String> drawn = scenario.questions(attempt);
        assertThat(drawn).hasSize(3);
        for (String id : drawn) {
            scenario.right(learner, attempt, id);
        }
        scenario.submit(learner, attempt);
        assertThat(jdbc.sql("SELECT score FROM attempt WHERE id = ?")
                        .param(attempt)
                        .query(Double.class)
                        .single())
                .isEqualTo(3.0); // one point per question

        MvcResult stats =
                trainer.get("/api/v1/classes/" + classId + "/assignments/" + assignmentId + "/item-statistics");
        assertThat(stats.getResponse().getStatus()).isEqualTo(200);
        assertThat(stats.getResponse().getContentAsString())
                .contains("\"quizId\":\"" + set.quizId() + "\"")
                .contains("\"questionId\":\"set" + set.id() + "-q1\"");
        assertThat(trainer.get("/classes/" + classId + "/dashboard")
                        .getResponse()
                        .getContentAsString())
                .contains("Services, my way");
        assertThat(learner.get("/quizzes").getResponse().getContentAsString()).contains("Services, my way");
    }

    @Test
    void anotherTrainerCannotAssignIt() throws Exception {
        Learner other = scenario.trainer().inEnglish();
        long otherClass = scenario.createClass(other, "Not theirs");
        MvcResult refused = Classes.assign(other, otherClass, set.quizId(), "PRACTICE");
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment WHERE classroom_id = ?")
                        .param(otherClass)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(other.get("/classes/" + otherClass + "/assignments/new")
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(set.quizId());
    }

    @Test
    void aSetIsNotFreePractice() throws Exception {
        Learner learner = Learner.register(mvc).inEnglish();
        MvcResult started = learner.post("/quizzes/" + set.quizId() + "/start", none());
        assertThat(started.getResponse().getStatus()).isEqualTo(404);
        assertThat(learner.get("/quizzes").getResponse().getContentAsString()).doesNotContain(set.quizId());
    }

    private static LocalizedText same(String text) {
        return new LocalizedText(text, text);
    }

    private static Question draft(io.kubequiz.content.QuestionBody body, String stem) {
        return new Question("draft", "Services", List.of(), Set.of(), null, same(stem), same("Because."), body, "");
    }

    private static Question choice() {
        return draft(
                new ChoiceBody(
                        false,
                        List.of(
                                new ChoiceBody.Option("a", same("`ClusterIP`"), true, 1.0, same("Yes.")),
                                new ChoiceBody.Option("b", same("`NodePort`"), false, -1.0, null))),
                "Which Service type is reachable only **inside** the cluster?");
    }

    private static Question trueFalse() {
        return draft(new TrueFalseBody(true), "kube-proxy programs iptables rules on every node.");
    }

    private static Question shortText() {
        return draft(
                new ShortTextBody(List.of("web.shop.svc.cluster.local"), null, false),
                "The FQDN of Service `web` in namespace `shop`?");
    }
}
