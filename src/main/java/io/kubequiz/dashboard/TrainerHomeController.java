package io.kubequiz.dashboard;

import io.kubequiz.account.AccountUser;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The trainer's home (trainers and admins only, see the security configuration). */
@Controller
class TrainerHomeController {

    static final String HOME_VIEW = "dashboard/home";

    private final TrainerHome home;

    TrainerHomeController(TrainerHome home) {
        this.home = home;
    }

    @GetMapping("/dashboard")
    String home(@AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        model.addAttribute("home", home.load(user, locale));
        return HOME_VIEW;
    }
}
