package io.kubequiz.account;

import io.kubequiz.system.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts, for admins only (see the security configuration): list, create trainers, reset passwords. */
@Controller
@RequestMapping("/admin/users")
class AdminController {

    static final String USERS_VIEW = "account/users";

    private final UserAdministration administration;
    private final Registration registration;

    AdminController(UserAdministration administration, Registration registration) {
        this.administration = administration;
        this.registration = registration;
    }

    @GetMapping
    String users(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("users", administration.all());
        return USERS_VIEW;
    }

    @PostMapping
    String createTrainer(
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        registration.checkNewAccount(form, errors);
        if (!errors.hasErrors()) {
            try {
                administration.createTrainer(form);
                redirect.addFlashAttribute("flash", "admin.trainerCreated");
                return "redirect:/admin/users";
            } catch (Registration.UsernameTakenException e) {
                errors.rejectValue("username", "register.username.taken");
            }
        }
        return page(model);
    }

    @PostMapping("/{userId}/password")
    String resetPassword(
            @PathVariable long userId, @Valid PasswordReset reset, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", "admin.passwordInvalid");
            return "redirect:/admin/users";
        }
        if (!administration.resetPassword(userId, reset.password())) {
            throw new NotFoundException("user " + userId);
        }
        redirect.addFlashAttribute("flash", "admin.passwordReset");
        return "redirect:/admin/users";
    }
}
