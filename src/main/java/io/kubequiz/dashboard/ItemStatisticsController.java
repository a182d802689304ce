package io.kubequiz.dashboard;

import io.kubequiz.account.AccountUser;
import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.content.QuizCatalog;
import io.kubequiz.dashboard.ItemStatisticsReport.AttemptSelection;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The item statistics page of an assignment, for the trainer of its class (or an admin): {@code ?attempts=first}
 * (default), {@code last}, {@code best} or {@code all}. Another trainer's class or assignment is a 404; an unknown
 * {@code attempts} value shows the page with a message and a 400.
 */
@Controller
class ItemStatisticsController {

    static final String VIEW = "dashboard/item-statistics";

    private final ItemStatisticsReport report;
    private final Assignments assignments;
    private final QuizCatalog catalog;
    private final MessageSource messages;

    ItemStatisticsController(
            ItemStatisticsReport report, Assignments assignments, QuizCatalog catalog, MessageSource messages) {
        this.report = report;
        this.assignments = assignments;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/classes/{classId}/assignments/{assignmentId}/statistics")
    String statistics(
            @PathVariable long classId,
            @PathVariable long assignmentId,
            @RequestParam(name = "attempts", required = false) String attempts,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Optional<AttemptSelection> selection =
                attempts == null ? Optional.of(AttemptSelection.FIRST) : AttemptSelection.fromParameter(attempts);
        AssignmentRules assignment;
        if (selection.isPresent()) {
            ItemStatisticsReport.Report result = report.compute(classId, assignmentId, selection.get(), user);
            assignment = result.assignment();
            model.addAttribute("report", result);
            model.addAttribute("selected", selection.get());
        } else {
            assignment = assignments.managed(classId, assignmentId, user); // 404 before 400: nothing leaks
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("badAttempts", attempts);
            model.addAttribute("selected", AttemptSelection.FIRST);
        }
        model.addAttribute("assignment", assignment);
        model.addAttribute("quizTitle", catalog.quizTitle(assignment.quizId(), locale));
        model.addAttribute("selections", AttemptSelection.values());
        model.addAttribute("fmt", new ItemStatisticsFormat(locale, messages));
        return VIEW;
    }
}
