package io.kubequiz.classroom;

import io.kubequiz.account.AccountUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A learner's classes, and joining one with the code the trainer gave. */
@Controller
class MyClassesController {

    static final String MY_CLASSES_VIEW = "classroom/my-classes";

    private final Classrooms classrooms;

    MyClassesController(Classrooms classrooms) {
        this.classrooms = classrooms;
    }

    @GetMapping("/my-classes")
    String myClasses(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("classNames", classrooms.classNamesOf(user.id()));
        return MY_CLASSES_VIEW;
    }

    @PostMapping("/my-classes/join")
    String join(
            @RequestParam(defaultValue = "") String code,
            @AuthenticationPrincipal AccountUser user,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Classrooms.Joined joined = classrooms.joinWith(user.id(), code.length() > 40 ? "" : code);
        if (joined == Classrooms.Joined.UNKNOWN_CODE) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("codeError", "class.join.unknown");
            model.addAttribute("code", code.length() > 40 ? "" : code);
            return myClasses(user, model);
        }
        redirect.addFlashAttribute(
                "flash", joined == Classrooms.Joined.JOINED ? "class.join.done" : "class.join.already");
        return "redirect:/my-classes";
    }
}
