package io.kubequiz.account;

import jakarta.validation.Valid;
import java.time.ZoneId;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A trainer's API tokens: create one (its value is shown once), list them, revoke one. */
@Controller
@RequestMapping("/account/tokens")
class TokenController {

    static final String TOKENS_VIEW = "account/tokens";

    private final ApiTokens tokens;
    private final ZoneId zone;

    TokenController(ApiTokens tokens, @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.tokens = tokens;
        this.zone = zone;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TokenForm("", 90));
        }
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("zone", zone);
        return TOKENS_VIEW;
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return list(user, model);
        }
        redirect.addFlashAttribute("created", tokens.create(user, form.name(), form.expiresInDays()));
        return "redirect:/account/tokens";
    }

    @PostMapping("/{tokenId}/revoke")
    String revoke(@PathVariable long tokenId, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        tokens.revoke(user, tokenId);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/account/tokens";
    }
}
