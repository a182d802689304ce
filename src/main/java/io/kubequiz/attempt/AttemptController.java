package io.kubequiz.attempt;

import io.kubequiz.account.AccountUser;
import io.kubequiz.content.Answer;
import io.kubequiz.content.InvalidAnswerException;
import io.kubequiz.content.QuestionVersions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** One question per page: answer, see feedback at once, go on; then finish and see the summary. */
@Controller
@RequestMapping("/attempts/{attemptId}")
class AttemptController {

    static final String QUESTION_VIEW = "attempt/question";
    static final String SUMMARY_VIEW = "attempt/summary";
    static final String CLOSED_VIEW = "attempt/closed";

    private final PracticeService practice;
    private final AttemptPages pages;
    private final QuestionVersions versions;

    AttemptController(PracticeService practice, AttemptPages pages, QuestionVersions versions) {
        this.practice = practice;
        this.pages = pages;
        this.versions = versions;
    }

    /** Where to go in an attempt: the first unanswered question, or the summary once it is finished. */
    @GetMapping
    String resume(@PathVariable UUID attemptId, @AuthenticationPrincipal AccountUser user) {
        AttemptSnapshot snapshot = practice.snapshot(attemptId, user.id());
        Attempt attempt = snapshot.attempt();
        if (!attempt.inProgress()) {
            return "redirect:/attempts/" + attemptId + "/summary";
        }
        int next = snapshot.firstUnanswered();
        int position = next >= 0 ? next : attempt.questionCount() - 1;
        return "redirect:/attempts/" + attemptId + "/questions/"
                + attempt.items().get(position).questionId();
    }

    @GetMapping("/questions/{questionId}")
    String question(
            @PathVariable UUID attemptId,
            @PathVariable String questionId,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            Model model) {
        AttemptSnapshot snapshot = practice.snapshot(attemptId, user.id());
        pages.question(snapshot, questionId, locale, null, model);
        return QUESTION_VIEW;
    }

    @PostMapping("/questions/{questionId}")
    String answer(
            @PathVariable UUID attemptId,
            @PathVariable String questionId,
            @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        AttemptSnapshot snapshot = practice.snapshot(attemptId, user.id());
        AttemptItem item = itemOf(snapshot, questionId);
        String feedback = "redirect:/attempts/" + attemptId + "/questions/" + questionId;
        if (snapshot.response(questionId).isPresent()) {
            return feedback; // a replay: the first answer stands, whatever this one says
        }
        QuestionLayout layout = QuestionLayout.of(
                versions.shown(item.questionId(), item.questionVersion()),
                snapshot.attempt().seed());
        String typed = request.getParameter("text");
        try {
            Answer answer = AnswerReader.read(layout, request.getParameterMap());
            if (answer.isBlank()) {
                throw new InvalidAnswerException("answer.required");
            }
            practice.answer(attemptId, user.id(), questionId, answer);
        } catch (InvalidAnswerException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            pages.question(snapshot, questionId, locale, new AttemptPages.Rejected(invalid, typed), model);
            return QUESTION_VIEW;
        }
        return feedback;
    }

    @PostMapping("/submit")
    String submit(@PathVariable UUID attemptId, @AuthenticationPrincipal AccountUser user) {
        practice.submit(attemptId, user.id());
        return "redirect:/attempts/" + attemptId + "/summary";
    }

    @GetMapping("/summary")
    String summary(
            @PathVariable UUID attemptId, @AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        AttemptSnapshot snapshot = practice.snapshot(attemptId, user.id());
        if (snapshot.attempt().inProgress()) {
            return "redirect:/attempts/" + attemptId;
        }
        pages.summary(snapshot, locale, model);
        return SUMMARY_VIEW;
    }

    private static AttemptItem itemOf(AttemptSnapshot snapshot, String questionId) {
        return snapshot.attempt().items().get(snapshot.attempt().requirePosition(questionId));
    }

    @ExceptionHandler(IllegalAttemptStateException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String closed(IllegalAttemptStateException e, HttpServletRequest request, Model model) {
        String path = request.getRequestURI();
        model.addAttribute("summaryPath", path.substring(0, path.indexOf("/questions/")) + "/summary");
        return CLOSED_VIEW;
    }

    @ExceptionHandler(AnswerReader.AnswerTooLongException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String tooLong(Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("reason", "error.answerTooLong");
        return "error";
    }
}
