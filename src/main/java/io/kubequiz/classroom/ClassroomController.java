package io.kubequiz.classroom;

import io.kubequiz.account.AccountUser;
import io.kubequiz.content.QuizCatalog;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
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

/** A trainer's classes (trainers and admins only, see the security configuration). */
@Controller
@RequestMapping("/classes")
class ClassroomController {

    static final String CLASSES_VIEW = "classroom/classes";
    static final String CLASS_VIEW = "classroom/class";

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final QuizCatalog catalog;
    private final Clock clock;
    private final ZoneId zone;

    ClassroomController(
            Classrooms classrooms,
            Assignments assignments,
            QuizCatalog catalog,
            Clock clock,
            @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.catalog = catalog;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    String classes(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("form", new ClassForm(""));
        return list(user, model);
    }

    private String list(AccountUser user, Model model) {
        model.addAttribute("classes", classrooms.visibleTo(user));
        return CLASSES_VIEW;
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ClassForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        if (errors.hasErrors()) {
            return list(user, model);
        }
        return "redirect:/classes/" + classrooms.create(user, form.name());
    }

    @GetMapping("/{classId}")
    String classroom(
            @PathVariable long classId, @AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        Classroom classroom = classrooms.managed(classId, user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ClassForm(classroom.name()));
        }
        return page(classroom, user, locale, model);
    }

    private String page(Classroom classroom, AccountUser user, Locale locale, Model model) {
        Instant now = clock.instant();
        model.addAttribute(
                "assignments",
                assignments.ofClass(classroom.id(), user).stream()
                        .map(a -> AssignmentLine.of(a, catalog.quizTitle(a.quizId(), locale), now, zone))
                        .toList());
        List<Classrooms.Learner> learners = classrooms.learners(classroom.id(), user);
        model.addAttribute(
                "classroom",
                new ClassroomLine(
                        classroom.id(), classroom.name(), classroom.joinCode(), classroom.archived(), learners.size()));
        model.addAttribute("learners", learners);
        return CLASS_VIEW;
    }

    @PostMapping("/{classId}/name")
    String rename(
            @PathVariable long classId,
            @Valid @ModelAttribute("form") ClassForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Classroom classroom = classrooms.managed(classId, user);
        if (errors.hasErrors()) {
            return page(classroom, user, locale, model);
        }
        classrooms.rename(classId, user, form.name());
        return done(classId, "class.renamed", redirect);
    }

    @PostMapping("/{classId}/code")
    String regenerateCode(
            @PathVariable long classId, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        classrooms.regenerateCode(classId, user);
        return done(classId, "class.code.regenerated", redirect);
    }

    @PostMapping("/{classId}/code/close")
    String closeCode(
            @PathVariable long classId, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        classrooms.closeCode(classId, user);
        return done(classId, "class.code.closed", redirect);
    }

    @PostMapping("/{classId}/archive")
    String archive(
            @PathVariable long classId,
            @RequestParam boolean archived,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        classrooms.archive(classId, user, archived);
        return done(classId, archived ? "class.archived" : "class.unarchived", redirect);
    }

    @PostMapping("/{classId}/learners/{learnerId}/remove")
    String remove(
            @PathVariable long classId,
            @PathVariable long learnerId,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        classrooms.remove(classId, learnerId, user);
        return done(classId, "class.learnerRemoved", redirect);
    }

    private static String done(long classId, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/classes/" + classId;
    }
}
