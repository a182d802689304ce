package io.kubequiz.attempt;

import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Learner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Progress follows the answers (through the attempt events): mastery rises with right answers, and "review my
 * mistakes" builds a quiz of the questions whose latest answer was wrong.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgressFromAnswersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBank bank;

    @Autowired
    AttemptRepository attempts;

    private Attempt started(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return attempts.findWithItems(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow();
    }

    private Question question(Attempt attempt, int position) {
        return bank.question(attempt.items().get(position).questionId()).orElseThrow();
    }

    private static int mastery(String page, String objectiveId) {
        Matcher m = Pattern.compile("id=\"obj-" + objectiveId + "\"[^<]*</span>\\s*<strong>(\\d+)")
                .matcher(page);
        assertThat(m.find()).as("mastery of " + objectiveId).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aNewLearnerStartsAtZeroWithNothingToReview() throws Exception {
        Learner learner = Learner.register(mvc);
        String page = learner.get("/progress").getResponse().getContentAsString();

        assertThat(page).contains("Rien à revoir").contains("Aucune tentative pour l’instant.");
        bank.objectives().forEach(o -> assertThat(mastery(page, o.id())).isZero());
        assertThat(learner.post("/progress/review", none()).getResponse().getRedirectedUrl())
                .isEqualTo("/progress");
    }

    @Test
    void rightAnswersRaiseMasteryAndWrongOnesMakeTheReviewQuiz() throws Exception {
        Learner learner = Learner.register(mvc).inEnglish();
        Attempt attempt = started(learner.post("/quizzes/section-7-3/start", none()));
        Question right = question(attempt, 0);
        Question wrong = question(attempt, 1);
        String base = "/attempts/" + attempt.id() + "/questions/";
        learner.post(base + right.id(), FormAnswers.right(right, attempt.seed()));
        learner.post(base + wrong.id(), FormAnswers.wrong(wrong, attempt.seed()));

        String progress = learner.get("/progress").getResponse().getContentAsString();
        String objective = right.objectives().get(0);
        assertThat(mastery(progress, objective)).isPositive();
        assertThat(progress).contains("1 question whose latest answer was not fully right.");

        Attempt review = started(learner.post("/progress/review", none()));
        assertThat(review.quizId()).isEqualTo("review");
        assertThat(review.items()).extracting(AttemptItem::questionId).containsExactly(wrong.id());

        learner.post("/attempts/" + review.id() + "/questions/" + wrong.id(), FormAnswers.right(wrong, review.seed()));
        String after = learner.get("/progress").getResponse().getContentAsString();
        assertThat(after).contains("Nothing to review").contains("Review my mistakes");
        assertThat(mastery(after, objective)).isGreaterThanOrEqualTo(mastery(progress, objective));
    }

    @Test
    void summaryBreaksTheScoreDownByObjectiveAndCatalogueShowsTheBest() throws Exception {
        Learner learner = Learner.register(mvc).inEnglish();
        Attempt attempt = started(learner.post("/quizzes/golden-rules/start", none()));
        for (int i = 0; i < attempt.questionCount(); i++) {
            Question q = question(attempt, i);
            learner.post("/attempts/" + attempt.id() + "/questions/" + q.id(), FormAnswers.right(q, attempt.seed()));
        }
        MvcResult submitted = learner.post("/attempts/" + attempt.id() + "/submit", none());
        String summary = learner.follow(submitted).getResponse().getContentAsString();

        assertThat(summary).contains("100%").contains("By objective");
        bank.objective(question(attempt, 0).objectives().get(0))
                .ifPresent(o -> assertThat(summary).contains(o.title().en()));
        String catalogue = learner.get("/quizzes").getResponse().getContentAsString();
        assertThat(catalogue).contains("Best score").contains("Try again");
    }
}
