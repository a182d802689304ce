package io.kubequiz.dashboard;

import static io.kubequiz.testing.Classes.assigned;
import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.attempt.StatisticsFormAnswers;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

/**
 * The kept answer groups of a class, brought up to date with only the answers counted since, equal what a full read
 * of the database gives, whatever arrives between two looks: new immediate answers, a deferred attempt that ends,
 * a new attempt.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClassAnswerGroupsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionBank bank;

    @Autowired
    ClassAnswerGroups groups;

    @Autowired
    ClassDashboardReads reads;

    private UUID start(Learner learner, long assignmentId) throws Exception {
        String location = learner.post("/assignments/" + assignmentId + "/start", none())
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private void answer(Learner learner, UUID attempt, int position, boolean right, String go) throws Exception {
        String questionId = jdbc.sql("SELECT question_id FROM attempt_item WHERE attempt_id = ? AND item_index = ?")
                .params(attempt, position)
                .query(String.class)
                .single();
        long seed = jdbc.sql("SELECT seed FROM attempt WHERE id = ?")
                .param(attempt)
                .query(Long.class)
                .single();
        Question q = bank.question(questionId).orElseThrow();
        MultiValueMap<String, String> form =
                right ? StatisticsFormAnswers.right(q, seed) : StatisticsFormAnswers.wrong(q, seed);
        if (go != null) {
            form.add("go", go);
        }
        learner.post("/attempts/" + attempt + "/questions/" + questionId, form);
    }

    private List<ClassDashboardReads.AnswerGroup> kept(long classId, List<Long> assignments) {
        List<Long> learners = reads.learners(classId).stream()
                .map(ClassDashboardReads.LearnerRow::id)
                .toList();
        return groups.of(
                classId,
                new ClassAnswerGroups.Fingerprint(assignments, learners, reads.attempts(classId, assignments)));
    }

    private void assertSameAsFullRead(long classId, List<Long> assignments) {
        assertThat(kept(classId, assignments))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("scoreSum")
                .containsExactlyInAnyOrderElementsOf(reads.answerGroups(classId, assignments));
    }

    @Test
    void keptGroupsGrowWithTheAnswersCountedSinceAndEqualAFullRead() throws Exception {
        Learner trainer = Classes.trainer(mvc);
        long classId = Classes.createClass(trainer, "Groupe incrémental");
        long practice = assigned(trainer, jdbc, classId, "golden-rules", "PRACTICE");
        long assessed = assigned(trainer, jdbc, classId, "dns-names", "ASSESSED");
        List<Long> assignments = List.of(assessed, practice);
        Learner ana = Classes.learnerIn(mvc, jdbc, classId);
        Learner ben = Classes.learnerIn(mvc, jdbc, classId);

        UUID anaPractice = start(ana, practice);
        answer(ana, anaPractice, 0, true, null);
        answer(ana, anaPractice, 1, false, null);
        assertSameAsFullRead(classId, assignments);

        answer(ana, anaPractice, 2, false, null);
        UUID benAssessed = start(ben, assessed);
        answer(ben, benAssessed, 0, false, "x");
        answer(ben, benAssessed, 1, true, "x");
        assertSameAsFullRead(classId, assignments);

        ben.post("/attempts/" + benAssessed + "/submit", none());
        UUID benPractice = start(ben, practice);
        answer(ben, benPractice, 0, false, null);
        assertSameAsFullRead(classId, assignments);
        assertThat(kept(classId, assignments).stream()
                        .mapToLong(ClassDashboardReads.AnswerGroup::answers)
                        .sum())
                .isEqualTo(6);
    }
}
