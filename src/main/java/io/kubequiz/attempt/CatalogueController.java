package io.kubequiz.attempt;

import io.kubequiz.account.AccountUser;
import io.kubequiz.content.Objective;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.Quiz;
import io.kubequiz.content.Section;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The quizzes of the bank, grouped by section, with the learner's best score on each. */
@Controller
class CatalogueController {

    static final String CATALOGUE_VIEW = "attempt/catalogue";
    static final String REFUSED_VIEW = "attempt/refused";

    record QuizCard(
            String id,
            String title,
            String description,
            List<String> objectives,
            int questionCount,
            Integer bestPercent,
            long finished,
            boolean inProgress) {}

    record SectionGroup(String id, String title, List<QuizCard> quizzes) {}

    private final QuestionBank bank;
    private final AttemptRepository attempts;
    private final AttemptStarts starts;
    private final AssignmentCards assignmentCards;

    CatalogueController(
            QuestionBank bank, AttemptRepository attempts, AttemptStarts starts, AssignmentCards assignmentCards) {
        this.bank = bank;
        this.attempts = attempts;
        this.starts = starts;
        this.assignmentCards = assignmentCards;
    }

    @GetMapping("/quizzes")
    String catalogue(@AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        Map<String, QuizStanding> standings = attempts.standings(user.id()).stream()
                .collect(Collectors.toMap(QuizStanding::quizId, Function.identity()));
        List<SectionGroup> groups = new ArrayList<>();
        for (Section section : bank.sections()) {
            groups.add(group(section.id(), section.title().in(locale), standings, locale));
        }
        groups.add(group(null, null, standings, locale));
        model.addAttribute(
                "groups", groups.stream().filter(g -> !g.quizzes().isEmpty()).toList());
        model.addAttribute("assignments", assignmentCards.of(user.id(), locale));
        return CATALOGUE_VIEW;
    }

    private SectionGroup group(String sectionId, String title, Map<String, QuizStanding> standings, Locale locale) {
        List<QuizCard> cards = bank.quizzes().stream()
                .filter(q -> Objects.equals(q.section(), sectionId))
                .map(q -> card(q, standings.get(q.id()), locale))
                .toList();
        return new SectionGroup(sectionId, title, cards);
    }

    private QuizCard card(Quiz quiz, QuizStanding standing, Locale locale) {
        List<String> objectives = quiz.objectiveIds().stream()
                .map(id -> bank.objective(id)
                        .map(Objective::title)
                        .map(t -> t.in(locale))
                        .orElse(id))
                .toList();
        return new QuizCard(
                quiz.id(),
                quiz.title().in(locale),
                quiz.description().in(locale),
                objectives,
                quiz.questionCount(),
                standing == null || standing.bestPercent() == null ? null : (int) Math.round(standing.bestPercent()),
                standing == null ? 0 : standing.finished(),
                standing != null && standing.inProgress() > 0);
    }

    /** Starts a quiz, or resumes the learner's open attempt at it. */
    @PostMapping("/quizzes/{quizId}/start")
    String start(@PathVariable String quizId, @AuthenticationPrincipal AccountUser user) {
        return "redirect:/attempts/" + starts.start(user.id(), quizId);
    }

    /**
     * Starts (or resumes) an attempt at one of the learner's assignments. Outside its dates or its attempt limit the
     * learner is told why, with a 409.
     */
    @PostMapping("/assignments/{assignmentId}/start")
    String startAssigned(
            @PathVariable long assignmentId,
            @AuthenticationPrincipal AccountUser user,
            HttpServletResponse response,
            Model model) {
        AttemptStarts.Started started;
        try {
            started = starts.startAssigned(user.id(), assignmentId);
        } catch (DataIntegrityViolationException twoAtOnce) {
            started = starts.startAssigned(user.id(), assignmentId); // the other request created it: resume it
        }
        if (started.refusal() != null) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("reason", "assignment.refused." + started.refusal());
            return REFUSED_VIEW;
        }
        return "redirect:/attempts/" + started.attemptId();
    }
}
