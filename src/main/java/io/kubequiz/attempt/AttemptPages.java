package io.kubequiz.attempt;

import io.kubequiz.content.Answer;
import io.kubequiz.content.InvalidAnswerException;
import io.kubequiz.content.Objective;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionVersions;
import io.kubequiz.content.RichText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the models of the question and summary pages from an attempt snapshot. */
@Component
class AttemptPages {

    /** An answer sent back to the learner, with what they typed. */
    record Rejected(InvalidAnswerException reason, String typed) {}

    record NavItem(int position, String questionId, boolean answered, boolean current, boolean correct) {}

    record ObjectiveResult(String title, int questions, int percent) {}

    record QuestionResult(int position, String questionId, String stemHtml, int percent, boolean answered) {}

    private final QuestionBank bank;
    private final QuestionVersions versions;

    AttemptPages(QuestionBank bank, QuestionVersions versions) {
        this.bank = bank;
        this.versions = versions;
    }

    void question(AttemptSnapshot snapshot, String questionId, Locale locale, Rejected rejected, Model model) {
        Attempt attempt = snapshot.attempt();
        int position = attempt.requirePosition(questionId);
        AttemptItem item = attempt.items().get(position);
        Question question = versions.shown(item.questionId(), item.questionVersion());
        QuestionLayout layout = QuestionLayout.of(question, attempt.seed());
        QuestionPresenter presenter = new QuestionPresenter(locale);
        QuestionView view = snapshot.response(questionId)
                .map(r -> presenter.graded(layout, Answer.decode(question.type(), r.answerText()), r.score()))
                .orElseGet(() -> presenter.form(layout, rejected == null ? null : rejected.typed()));
        common(attempt, locale, model);
        model.addAttribute("question", view);
        model.addAttribute("difficulty", question.difficulty());
        model.addAttribute("position", position + 1);
        model.addAttribute("nav", nav(snapshot, position));
        model.addAttribute("nextQuestionId", nextUnanswered(snapshot, position));
        if (rejected != null) {
            model.addAttribute("errorCode", rejected.reason().code());
            model.addAttribute("errorArgs", rejected.reason().arguments());
        }
    }

    void summary(AttemptSnapshot snapshot, Locale locale, Model model) {
        Attempt attempt = snapshot.attempt();
        Map<String, double[]> byObjective = new LinkedHashMap<>();
        List<QuestionResult> questions = new ArrayList<>();
        for (int i = 0; i < attempt.items().size(); i++) {
            AttemptItem item = attempt.items().get(i);
            Question question = versions.shown(item.questionId(), item.questionVersion());
            double score =
                    snapshot.response(item.questionId()).map(Response::score).orElse(0.0);
            question.objectives().forEach(o -> {
                double[] sum = byObjective.computeIfAbsent(o, k -> new double[2]);
                sum[0] += score;
                sum[1]++;
            });
            questions.add(new QuestionResult(
                    i + 1,
                    item.questionId(),
                    RichText.html(question.stem().in(locale)),
                    (int) Math.round(score * 100),
                    snapshot.response(item.questionId()).isPresent()));
        }
        List<ObjectiveResult> objectives = new ArrayList<>();
        byObjective.forEach((id, sum) -> objectives.add(new ObjectiveResult(
                bank.objective(id).map(Objective::title).map(t -> t.in(locale)).orElse(id), (int) sum[1], (int)
                        Math.round(100 * sum[0] / sum[1]))));
        common(attempt, locale, model);
        model.addAttribute("percent", (int) Math.round(attempt.percent()));
        model.addAttribute("objectives", objectives);
        model.addAttribute("questions", questions);
    }

    private void common(Attempt attempt, Locale locale, Model model) {
        model.addAttribute("attemptId", attempt.id());
        model.addAttribute("quizId", attempt.quizId());
        model.addAttribute("review", PracticeService.REVIEW_QUIZ_ID.equals(attempt.quizId()));
        model.addAttribute(
                "quizTitle",
                bank.quiz(attempt.quizId()).map(q -> q.title().in(locale)).orElse(null));
        model.addAttribute("total", attempt.questionCount());
        model.addAttribute("answered", attempt.answeredCount());
        model.addAttribute("inProgress", attempt.inProgress());
    }

    private static List<NavItem> nav(AttemptSnapshot snapshot, int current) {
        List<AttemptItem> items = snapshot.attempt().items();
        List<NavItem> nav = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i).questionId();
            var response = snapshot.response(id);
            nav.add(new NavItem(
                    i + 1,
                    id,
                    response.isPresent(),
                    i == current,
                    response.map(r -> r.score() >= 1).orElse(false)));
        }
        return nav;
    }

    /** The next unanswered question after this one (wrapping round), or null when none is left. */
    private static String nextUnanswered(AttemptSnapshot snapshot, int current) {
        List<AttemptItem> items = snapshot.attempt().items();
        for (int step = 1; step < items.size(); step++) {
            String id = items.get((current + step) % items.size()).questionId();
            if (snapshot.response(id).isEmpty()) {
                return id;
            }
        }
        return null;
    }
}
