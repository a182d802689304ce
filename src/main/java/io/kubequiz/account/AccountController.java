package io.kubequiz.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Login page (Spring Security handles the POST) and learner registration, which signs the new learner in. */
@Controller
class AccountController {

    static final String LOGIN_VIEW = "account/login";
    static final String REGISTER_VIEW = "account/register";

    private final Registration registration;
    private final SecurityContextRepository securityContextRepository;
    private final ClassCodes classCodes;

    AccountController(
            Registration registration, SecurityContextRepository securityContextRepository, ClassCodes classCodes) {
        this.registration = registration;
        this.securityContextRepository = securityContextRepository;
        this.classCodes = classCodes;
    }

    @GetMapping("/login")
    String login() {
        return LOGIN_VIEW;
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return REGISTER_VIEW;
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            RedirectAttributes redirect) {
        registration.checkNewAccount(form, errors);
        boolean withClass = !form.classCode().isEmpty();
        if (withClass && !errors.hasFieldErrors("classCode") && !classCodes.joinable(form.classCode())) {
            errors.rejectValue("classCode", "register.classCode.unknown");
        }
        if (errors.hasErrors()) {
            return REGISTER_VIEW;
        }
        AccountUser user;
        try {
            user = registration.registerStudent(form, locale);
        } catch (Registration.UsernameTakenException e) {
            errors.rejectValue("username", "register.username.taken");
            return REGISTER_VIEW;
        }
        boolean joined = withClass && classCodes.join(user.id(), form.classCode());
        signIn(user, request, response);
        redirect.addFlashAttribute("flash", joined ? "register.welcomeToClass" : "register.welcome");
        return "redirect:/quizzes";
    }

    private void signIn(AccountUser user, HttpServletRequest request, HttpServletResponse response) {
        user.eraseCredentials();
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        securityContextRepository.saveContext(context, request, response);
    }
}
