package io.kubequiz.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page; a signed-in trainer or admin goes straight to their dashboard. */
@Controller
class HomeController {

    static final String HOME_VIEW = "home";

    @GetMapping("/")
    String home(HttpServletRequest request) {
        if (request.isUserInRole("TRAINER") || request.isUserInRole("ADMIN")) {
            return "redirect:/dashboard";
        }
        return HOME_VIEW;
    }
}
