package io.kubequiz.attempt;

import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.content.Answer;
import io.kubequiz.content.InvalidAnswerException;
import io.kubequiz.content.Objective;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionVersions;
import io.kubequiz.content.QuizCatalog;
import io.kubequiz.content.RichText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the models of the question and summary pages from an attempt snapshot. */
@Component
class AttemptPages {

    /** An answer sent back to the learner, with what they typed. */
    record Rejected(InvalidAnswerException reason, String typed) {}

    /** One question of the strip; right and wrong only when it is graded (feedback may be shown). */
    record NavItem(
            int position, String questionId, boolean answered, boolean current, boolean correct, boolean graded) {

        /** The class of its link: the current one, else right or wrong, else answered, else none. */
        public String state() {
            if (current) {
                return "current";
            }
            return answered ? (graded ? (correct ? "right" : "wrong") : "answered") : "";
        }

        /** The message key of what its link says of it. */
        public String label() {
            return answered
                    ? (graded ? (correct ? "nav.item.right" : "nav.item.wrong") : "nav.item.answered")
                    : "nav.item.open";
        }

        /** The sign shown after its number, or null when it is not answered. */
        public String mark() {
            return answered ? (graded ? (correct ? "✓" : "✗") : "•") : null;
        }
    }

    record ObjectiveResult(String title, int questions, int percent) {}

    record QuestionResult(int position, String questionId, String stemHtml, int percent, boolean answered) {}

    private final QuestionBank bank;
    private final QuizCatalog catalog;
    private final QuestionVersions versions;
    private final Assignments assignments;
    private final AttemptRepository attempts;
    private final Clock clock;
    private final ZoneId zone;

    AttemptPages(
            QuestionBank bank,
            QuizCatalog catalog,
            QuestionVersions versions,
            Assignments assignments,
            AttemptRepository attempts,
            Clock clock,
            @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.bank = bank;
        this.catalog = catalog;
        this.versions = versions;
        this.assignments = assignments;
        this.attempts = attempts;
        this.clock = clock;
        this.zone = zone;
    }

    /** The review rules of an attempt: those of its assignment, or free practice's. */
    AttemptReview review(Attempt attempt) {
        if (attempt.assignmentId() == null) {
            return AttemptReview.free();
        }
        Instant now = clock.instant();
        AssignmentRules rules = assignments.rules(attempt.assignmentId());
        return AttemptReview.of(
                attempt, rules, attempts.countAssigned(attempt.userId(), attempt.assignmentId()), now, zone);
    }

    void question(
            AttemptSnapshot snapshot,
            AttemptReview review,
            String questionId,
            Locale locale,
            Rejected rejected,
            Model model) {
        Attempt attempt = snapshot.attempt();
        int position = attempt.requirePosition(questionId);
        AttemptItem item = attempt.items().get(position);
        Question question = versions.shown(item.questionId(), item.questionVersion());
        QuestionLayout layout = QuestionLayout.of(question, attempt.seed());
        QuestionPresenter presenter = new QuestionPresenter(locale);
        String typed = rejected == null ? null : rejected.typed();
        Optional<Answer> saved = snapshot.response(questionId).map(r -> Answer.decode(question.type(), r.answerText()));
        boolean feedback = review.showsFeedback(attempt);
        QuestionView view;
        if (feedback && (saved.isPresent() || !attempt.inProgress())) {
            double score = snapshot.response(questionId).map(Response::score).orElse(0.0);
            view = presenter.graded(layout, saved.orElse(Answer.empty()), score);
        } else if (feedback) {
            view = presenter.form(layout, typed);
        } else {
            view = presenter.saved(layout, saved.orElse(Answer.empty()), typed);
        }
        common(attempt, review, locale, model);
        model.addAttribute("question", view);
        model.addAttribute("difficulty", question.difficulty());
        model.addAttribute("position", position + 1);
        model.addAttribute("nav", nav(snapshot, position, feedback));
        model.addAttribute("nextQuestionId", nextUnanswered(snapshot, position));
        model.addAttribute(
                "previousId", position > 0 ? attempt.items().get(position - 1).questionId() : null);
        model.addAttribute(
                "followingId",
                position + 1 < attempt.items().size()
                        ? attempt.items().get(position + 1).questionId()
                        : null);
        if (rejected != null) {
            model.addAttribute("errorCode", rejected.reason().code());
            model.addAttribute("errorArgs", rejected.reason().arguments());
        }
    }

    void summary(AttemptSnapshot snapshot, AttemptReview review, Locale locale, Model model) {
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
        common(attempt, review, locale, model);
        model.addAttribute("percent", (int) Math.round(attempt.percent()));
        model.addAttribute("expired", attempt.state() == AttemptState.EXPIRED);
        model.addAttribute("objectives", objectives);
        model.addAttribute("questions", questions);
    }

    /** What the "finish" page shows: the questions still without an answer. */
    void finish(AttemptSnapshot snapshot, AttemptReview review, Locale locale, Model model) {
        Attempt attempt = snapshot.attempt();
        common(attempt, review, locale, model);
        model.addAttribute("nav", nav(snapshot, -1, false));
    }

    private void common(Attempt attempt, AttemptReview review, Locale locale, Model model) {
        model.addAttribute("attemptId", attempt.id());
        model.addAttribute("reviewRules", review);
        model.addAttribute("deferred", !attempt.immediateFeedback());
        model.addAttribute("state", attempt.state());
        model.addAttribute("quizId", attempt.quizId());
        model.addAttribute("review", AttemptStarts.REVIEW_QUIZ_ID.equals(attempt.quizId()));
        model.addAttribute(
                "quizTitle",
                catalog.quiz(attempt.quizId()).map(q -> q.title().in(locale)).orElse(null));
        model.addAttribute("total", attempt.questionCount());
        model.addAttribute("answered", attempt.answeredCount());
        model.addAttribute("inProgress", attempt.inProgress());
    }

    /** The question strip; right and wrong show only when feedback may be shown. */
    private static List<NavItem> nav(AttemptSnapshot snapshot, int current, boolean feedback) {
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
                    feedback && response.map(r -> r.score() >= 1).orElse(false),
                    feedback));
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
