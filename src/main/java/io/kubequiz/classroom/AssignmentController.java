package io.kubequiz.classroom;

import io.kubequiz.account.AccountUser;
import io.kubequiz.content.Quiz;
import io.kubequiz.content.QuizCatalog;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Assigning a quiz to a class, changing an assignment's rules, closing it. */
@Controller
@RequestMapping("/classes/{classId}/assignments")
class AssignmentController {

    static final String FORM_VIEW = "classroom/assignment-form";

    private final Assignments assignments;
    private final Classrooms classrooms;
    private final QuizCatalog catalog;

    AssignmentController(Assignments assignments, Classrooms classrooms, QuizCatalog catalog) {
        this.assignments = assignments;
        this.classrooms = classrooms;
        this.catalog = catalog;
    }

    @GetMapping("/new")
    String newForm(
            @PathVariable long classId,
            @RequestParam(required = false) String quiz,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            Model model) {
        List<Quiz> assignable = catalog.assignableBy(user.id());
        String quizId = assignable.stream()
                .map(Quiz::id)
                .filter(id -> id.equals(quiz))
                .findFirst()
                .orElse(assignable.get(0).id());
        model.addAttribute("form", assignments.blankForm(quizId));
        return page(classId, null, user, locale, model);
    }

    @PostMapping
    String create(
            @PathVariable long classId,
            @Valid @ModelAttribute("form") AssignmentForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        classrooms.managed(classId, user);
        if (form.quizId() != null && !form.quizId().isBlank() && !catalog.assignableBy(form.quizId(), user.id())) {
            errors.rejectValue("quizId", "assignment.quiz.unknown");
        }
        checkRules(form, errors);
        if (errors.hasErrors()) {
            return page(classId, null, user, locale, model);
        }
        assignments.create(classId, user, form);
        redirect.addFlashAttribute("flash", "assignment.created");
        return "redirect:/classes/" + classId;
    }

    @GetMapping("/{assignmentId}/edit")
    String editForm(
            @PathVariable long classId,
            @PathVariable long assignmentId,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            Model model) {
        model.addAttribute("form", assignments.form(classId, assignmentId, user));
        return page(classId, assignmentId, user, locale, model);
    }

    @PostMapping("/{assignmentId}")
    String update(
            @PathVariable long classId,
            @PathVariable long assignmentId,
            @Valid @ModelAttribute("form") AssignmentForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        AssignmentRules current = assignments.managed(classId, assignmentId, user);
        AssignmentForm fixed = new AssignmentForm(
                current.quizId(),
                current.mode(),
                form.opensAt(),
                form.closesAt(),
                form.attemptsAllowed(),
                form.timeLimitMinutes(),
                form.gradingMethod(),
                form.reviewTiming());
        checkRules(fixed, errors);
        if (errors.hasErrors()) {
            model.addAttribute("form", fixed);
            return page(classId, assignmentId, user, locale, model);
        }
        assignments.update(classId, assignmentId, user, fixed);
        redirect.addFlashAttribute("flash", "assignment.updated");
        return "redirect:/classes/" + classId;
    }

    @PostMapping("/{assignmentId}/close")
    String close(
            @PathVariable long classId,
            @PathVariable long assignmentId,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        assignments.closeNow(classId, assignmentId, user);
        redirect.addFlashAttribute("flash", "assignment.closedNow");
        return "redirect:/classes/" + classId;
    }

    /** Rules that involve more than one field (the quiz of an assignment never changes once created). */
    private void checkRules(AssignmentForm form, BindingResult errors) {
        if (form.opensAt() != null
                && form.closesAt() != null
                && !form.closesAt().isAfter(form.opensAt())) {
            errors.rejectValue("closesAt", "assignment.closesAt.beforeOpen");
        }
        if (form.mode() == AssignmentMode.ASSESSED
                && form.reviewTiming() == ReviewTiming.AFTER_CLOSE
                && form.closesAt() == null
                && !errors.hasFieldErrors("closesAt")) {
            errors.rejectValue("closesAt", "assignment.closesAt.neededForReview");
        }
    }

    private String page(long classId, Long assignmentId, AccountUser user, Locale locale, Model model) {
        model.addAttribute("classroom", classrooms.summary(classId, user));
        model.addAttribute("assignmentId", assignmentId);
        List<Quiz> quizzes = new ArrayList<>(catalog.assignableBy(user.id()));
        if (model.getAttribute("form") instanceof AssignmentForm form
                && quizzes.stream().noneMatch(q -> q.id().equals(form.quizId()))) {
            catalog.quiz(form.quizId()).ifPresent(quizzes::add); // an admin editing another trainer's set
        }
        model.addAttribute(
                "quizzes", quizzes.stream().map(q -> QuizOption.of(q, locale)).toList());
        model.addAttribute("modes", AssignmentMode.values());
        model.addAttribute("gradingMethods", GradingMethod.values());
        model.addAttribute("reviewTimings", ReviewTiming.values());
        return FORM_VIEW;
    }

    record QuizOption(String id, String title, int questions) {

        static QuizOption of(Quiz quiz, Locale locale) {
            return new QuizOption(quiz.id(), quiz.title().in(locale), quiz.questionCount());
        }
    }
}
