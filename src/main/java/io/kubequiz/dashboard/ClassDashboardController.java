package io.kubequiz.dashboard;

import io.kubequiz.account.AccountUser;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A class's dashboard, and its changing part alone for the page's live refresh. Under /classes, so trainers and
 * admins only; another trainer's class is "not found".
 */
@Controller
@RequestMapping("/classes/{classId}")
class ClassDashboardController {

    static final String CLASS_VIEW = "dashboard/class";
    static final String LIVE_FRAGMENT = CLASS_VIEW + " :: live";
    static final String LEARNER_VIEW = "dashboard/learner";

    private final ClassDashboard dashboard;
    private final LearnerReport learners;

    ClassDashboardController(ClassDashboard dashboard, LearnerReport learners) {
        this.dashboard = dashboard;
        this.learners = learners;
    }

    @GetMapping("/dashboard")
    String page(@PathVariable long classId, @AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        model.addAttribute("dashboard", dashboard.load(classId, user, locale));
        return CLASS_VIEW;
    }

    @GetMapping("/dashboard/live")
    String live(@PathVariable long classId, @AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        model.addAttribute("dashboard", dashboard.load(classId, user, locale));
        return LIVE_FRAGMENT;
    }

    @GetMapping("/learners/{learnerId}")
    String learner(
            @PathVariable long classId,
            @PathVariable long learnerId,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            Model model) {
        model.addAttribute("report", learners.load(classId, learnerId, user, locale));
        return LEARNER_VIEW;
    }
}
