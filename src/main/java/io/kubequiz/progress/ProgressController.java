package io.kubequiz.progress;

import io.kubequiz.account.AccountUser;
import io.kubequiz.attempt.Attempts;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuizCatalog;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My progress: mastery per objective, my attempts, and a quiz of my mistakes. */
@Controller
class ProgressController {

    static final String PROGRESS_VIEW = "progress/progress";
    static final int REVIEW_SIZE = 20;

    record HistoryLine(Attempts.AttemptLine attempt, String quizTitle, ZonedDateTime startedAt) {}

    private final QuestionBank bank;
    private final QuizCatalog catalog;
    private final QuestionStateRepository states;
    private final Attempts attempts;
    private final ZoneId zone;

    ProgressController(
            QuestionBank bank,
            QuizCatalog catalog,
            QuestionStateRepository states,
            Attempts attempts,
            @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.bank = bank;
        this.catalog = catalog;
        this.states = states;
        this.attempts = attempts;
        this.zone = zone;
    }

    @GetMapping("/progress")
    @Transactional(readOnly = true)
    String progress(@AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        List<QuestionState> mine = states.findByUserId(user.id());
        model.addAttribute("mastery", Mastery.byKind(Mastery.of(bank, mine)));
        model.addAttribute("mistakes", Mastery.mistakes(bank, mine).size());
        model.addAttribute(
                "history",
                attempts.history(user.id()).stream()
                        .map(a -> new HistoryLine(
                                a,
                                catalog.quiz(a.quizId())
                                        .map(q -> q.title().in(locale))
                                        .orElse(null),
                                a.startedAt().atZone(zone)))
                        .toList());
        return PROGRESS_VIEW;
    }

    /** Starts a practice attempt over the questions I last got wrong (the most recent first). */
    @PostMapping("/progress/review")
    String review(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        List<String> mistakes = Mastery.mistakes(bank, states.findByUserId(user.id()));
        if (mistakes.isEmpty()) {
            redirect.addFlashAttribute("flash", "progress.review.none");
            return "redirect:/progress";
        }
        List<String> chosen = mistakes.subList(0, Math.min(REVIEW_SIZE, mistakes.size()));
        return "redirect:/attempts/" + attempts.startReview(user.id(), chosen);
    }
}
