package io.kubequiz.interop;

import io.kubequiz.account.AccountUser;
import io.kubequiz.classroom.Classrooms;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionSets;
import io.kubequiz.content.QuestionSets.SetSummary;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A trainer's question banks: the built-in quizzes to download as GIFT, their imported sets, and the import of a GIFT
 * file in two steps — upload and preview, then confirm.
 */
@Controller
@RequestMapping("/question-sets")
class QuestionSetController {

    static final String SETS_VIEW = "interop/sets";
    static final String PREVIEW_VIEW = "interop/preview";
    static final String SET_VIEW = "interop/set";

    private final GiftImports imports;
    private final GiftExports exports;
    private final QuestionSets sets;
    private final QuestionBank bank;
    private final Classrooms classrooms;
    private final ZoneId zone;

    QuestionSetController(
            GiftImports imports,
            GiftExports exports,
            QuestionSets sets,
            QuestionBank bank,
            Classrooms classrooms,
            @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.imports = imports;
        this.exports = exports;
        this.sets = sets;
        this.bank = bank;
        this.classrooms = classrooms;
        this.zone = zone;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        model.addAttribute(
                "builtIn",
                bank.quizzes().stream().map(q -> exports.summary(q, locale)).toList());
        model.addAttribute("sets", sets.ownedBy(user.id()));
        model.addAttribute("zone", zone);
        return SETS_VIEW;
    }

    @PostMapping("/preview")
    String preview(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal AccountUser user,
            HttpSession session,
            HttpServletResponse response,
            Locale locale,
            Model model)
            throws IOException {
        GiftImports.Decoded decoded = imports.decode(file);
        if (decoded.refusal() != null) {
            response.setStatus(decoded.refusal().status());
            model.addAttribute("uploadError", decoded.refusal().messageKey());
            model.addAttribute("uploadErrorArgs", decoded.refusal().arguments());
            return list(user, locale, model);
        }
        GiftImports.Preview preview = imports.preview(decoded.text());
        model.addAttribute("fileName", decoded.fileName());
        model.addAttribute("preview", preview);
        if (preview.usable() > 0) {
            PendingImports.Pending pending = PendingImports.keep(session, decoded.fileName(), decoded.text());
            model.addAttribute("form", new ImportForm(preview.suggestedTitle(decoded.fileName()), pending.key()));
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return PREVIEW_VIEW;
    }

    @PostMapping
    String confirm(
            @Valid @ModelAttribute("form") ImportForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            HttpSession session,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        PendingImports.Pending pending = form.key() == null
                ? null
                : PendingImports.find(session, form.key()).orElse(null);
        if (pending == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("uploadError", "gift.import.expired");
            model.addAttribute("uploadErrorArgs", new Object[0]);
            return list(user, locale, model);
        }
        GiftImports.Preview preview = imports.preview(pending.text());
        if (errors.hasErrors()) {
            model.addAttribute("fileName", pending.fileName());
            model.addAttribute("preview", preview);
            return PREVIEW_VIEW;
        }
        SetSummary saved = sets.save(user.id(), form.title(), pending.fileName(), preview.drafts());
        PendingImports.forget(session);
        redirect.addFlashAttribute("flash", "gift.import.done");
        return "redirect:/question-sets/" + saved.id();
    }

    @GetMapping("/{setId}")
    String show(@PathVariable long setId, @AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        SetSummary set = exports.readable("set-" + setId, user);
        model.addAttribute("set", set);
        model.addAttribute(
                "questions",
                exports.questions(set).stream()
                        .map(q -> SetQuestionView.of(q, locale))
                        .toList());
        model.addAttribute( // a set is assigned by its owner only
                "classes",
                set.ownerId() != user.id()
                        ? List.of()
                        : classrooms.visibleTo(user).stream()
                                .filter(c -> !c.archived())
                                .toList());
        model.addAttribute("zone", zone);
        return SET_VIEW;
    }
}
