package io.kubequiz.api;

import io.kubequiz.system.Languages;
import io.kubequiz.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the JSON API as RFC 9457 {@code application/problem+json}, in the language of {@code Accept-Language}
 * (French by default): 404 for what does not exist or is not the caller's, 400 naming the bad parameter.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(
                request,
                HttpStatus.NOT_FOUND,
                message("api.problem.notFound.title", locale),
                message("api.problem.notFound", locale),
                null);
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameterException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(
                request,
                HttpStatus.BAD_REQUEST,
                message("api.problem.badParameter.title", locale),
                messages.getMessage(e.messageKey(), new Object[] {e.value()}, locale),
                e.parameter());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(
                request,
                HttpStatus.BAD_REQUEST,
                message("api.problem.badParameter.title", locale),
                messages.getMessage("api.problem.badParameter", new Object[] {e.getName()}, locale),
                e.getName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(
                request,
                HttpStatus.BAD_REQUEST,
                message("api.problem.badParameter.title", locale),
                message("api.problem.badBody", locale),
                null);
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpServletRequest request, HttpStatus status, String title, String detail, String parameter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        if (parameter != null) {
            problem.setProperty("parameter", parameter);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static Locale locale(HttpServletRequest request) {
        return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }
}
