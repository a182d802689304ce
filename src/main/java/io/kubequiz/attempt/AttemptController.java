package io.kubequiz.attempt;

import io.kubequiz.account.AccountUser;
import io.kubequiz.content.InvalidAnswerException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One question per page. With immediate feedback: answer, see the feedback, go on. With deferred feedback (assessed
 * attempts): answers are saved as the learner moves between questions, then submitted together. Either way the
 * attempt ends with its summary.
 */
@Controller
@RequestMapping("/attempts/{attemptId}")
class AttemptController {

    static final String QUESTION_VIEW = "attempt/question";
    static final String SUMMARY_VIEW = "attempt/summary";
    static final String FINISH_VIEW = "attempt/finish";
    static final String CLOSED_VIEW = "attempt/closed";

    /** The "go" value that saves the answer and submits the attempt (the timer sends it when time runs out). */
    static final String GO_SUBMIT = "submit";

    /** The "go" value that saves the answer and opens the "finish" page. */
    static final String GO_FINISH = "finish";

    private final AttemptService service;
    private final AttemptPages pages;

    AttemptController(AttemptService service, AttemptPages pages) {
        this.service = service;
        this.pages = pages;
    }

    /** Where to go in an attempt: the first unanswered question, or the summary once it is finished. */
    @GetMapping
    String resume(
            @PathVariable UUID attemptId, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        AttemptSnapshot snapshot = service.snapshot(attemptId, user.id());
        Attempt attempt = snapshot.attempt();
        if (!attempt.inProgress() || expired(attempt, user, redirect)) {
            return summaryPath(attemptId);
        }
        int next = snapshot.firstUnanswered();
        int position = next >= 0 ? next : attempt.questionCount() - 1;
        return questionPath(attemptId, attempt.items().get(position).questionId());
    }

    @GetMapping("/questions/{questionId}")
    String question(
            @PathVariable UUID attemptId,
            @PathVariable String questionId,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        AttemptSnapshot snapshot = service.snapshot(attemptId, user.id());
        Attempt attempt = snapshot.attempt();
        attempt.requirePosition(questionId);
        if (attempt.inProgress() && expired(attempt, user, redirect)) {
            return summaryPath(attemptId);
        }
        AttemptReview review = pages.review(attempt);
        if (!attempt.inProgress() && !review.showsFeedback(attempt)) {
            return summaryPath(attemptId); // the right answers are not shown yet (or ever)
        }
        pages.question(snapshot, review, questionId, locale, null, model);
        return QUESTION_VIEW;
    }

    @PostMapping("/questions/{questionId}")
    String answer(
            @PathVariable UUID attemptId,
            @PathVariable String questionId,
            @RequestParam(required = false) String go,
            @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        AttemptService.Answered answered;
        try {
            answered = service.answer(attemptId, user.id(), questionId, request.getParameterMap());
        } catch (InvalidAnswerException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            AttemptSnapshot snapshot = service.snapshot(attemptId, user.id());
            pages.question(
                    snapshot,
                    pages.review(snapshot.attempt()),
                    questionId,
                    locale,
                    new AttemptPages.Rejected(invalid, request.getParameter("text")),
                    model);
            return QUESTION_VIEW;
        }
        if (answered.recording() == AttemptService.Recording.TOO_LATE) {
            return tooLate(attemptId, response, model);
        }
        Attempt attempt = answered.attempt();
        boolean deferred = !attempt.immediateFeedback();
        return deferred ? moveOn(attempt, questionId, go, user, redirect) : questionPath(attemptId, questionId);
    }

    /** After a deferred answer is saved: the question asked for, the "finish" page, or straight to submission. */
    private String moveOn(Attempt attempt, String current, String go, AccountUser user, RedirectAttributes redirect) {
        if (GO_SUBMIT.equals(go)) {
            return submit(attempt.id(), user, redirect);
        }
        if (GO_FINISH.equals(go)) {
            return "redirect:/attempts/" + attempt.id() + "/finish";
        }
        String target = go != null && attempt.positionOf(go).isPresent() ? go : current;
        return questionPath(attempt.id(), target);
    }

    /** The last step before submitting a deferred-feedback attempt: which questions still have no answer. */
    @GetMapping("/finish")
    String finish(
            @PathVariable UUID attemptId,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        AttemptSnapshot snapshot = service.snapshot(attemptId, user.id());
        Attempt attempt = snapshot.attempt();
        if (!attempt.inProgress() || expired(attempt, user, redirect)) {
            return summaryPath(attemptId);
        }
        pages.finish(snapshot, pages.review(attempt), locale, model);
        return FINISH_VIEW;
    }

    @PostMapping("/submit")
    String submit(
            @PathVariable UUID attemptId, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        AttemptService.Finish finish = service.submit(attemptId, user.id());
        if (finish == AttemptService.Finish.ALREADY_FINISHED) {
            redirect.addFlashAttribute("flash", "attempt.alreadySubmitted");
        } else if (finish == AttemptService.Finish.EXPIRED) {
            redirect.addFlashAttribute("flashError", "attempt.expired");
        }
        return summaryPath(attemptId);
    }

    @GetMapping("/summary")
    String summary(
            @PathVariable UUID attemptId, @AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        AttemptSnapshot snapshot = service.snapshot(attemptId, user.id());
        if (snapshot.attempt().inProgress()) {
            if (!service.expireIfOverdue(attemptId, user.id())) {
                return "redirect:/attempts/" + attemptId;
            }
            snapshot = service.snapshot(attemptId, user.id());
        }
        pages.summary(snapshot, pages.review(snapshot.attempt()), locale, model);
        return SUMMARY_VIEW;
    }

    /** Ends the attempt if its time ran out; true (with a message for the summary) when it has. */
    private boolean expired(Attempt attempt, AccountUser user, RedirectAttributes redirect) {
        if (attempt.deadline() == null || !service.expireIfOverdue(attempt.id(), user.id())) {
            return false;
        }
        redirect.addFlashAttribute("flashError", "attempt.expired");
        return true;
    }

    private static String tooLate(UUID attemptId, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("summaryPath", "/attempts/" + attemptId + "/summary");
        model.addAttribute("reason", "attempt.tooLate");
        return CLOSED_VIEW;
    }

    private static String questionPath(UUID attemptId, String questionId) {
        return "redirect:/attempts/" + attemptId + "/questions/" + questionId;
    }

    private static String summaryPath(UUID attemptId) {
        return "redirect:/attempts/" + attemptId + "/summary";
    }

    @ExceptionHandler(IllegalAttemptStateException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String closed(IllegalAttemptStateException e, HttpServletRequest request, Model model) {
        String path = request.getRequestURI();
        model.addAttribute("summaryPath", path.substring(0, path.indexOf("/questions/")) + "/summary");
        model.addAttribute("reason", "closed.text");
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
