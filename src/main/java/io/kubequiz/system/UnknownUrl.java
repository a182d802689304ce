package io.kubequiz.system;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A URL that matches nothing. The global problem-details handler would answer every such URL with problem+json, so a
 * signed-in person who mistypes an address saw raw JSON: a page gets the error page with the layout (404), and only
 * the JSON API under {@code /api/} keeps its RFC 9457 answer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownUrl {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ModelAndView problem = new ModelAndView(problem(path));
            problem.setStatus(HttpStatus.NOT_FOUND);
            return problem;
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        page.addObject("currentPath", path);
        return page;
    }

    private static View problem(String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", HttpStatus.NOT_FOUND.getReasonPhrase());
        body.put("status", HttpStatus.NOT_FOUND.value());
        body.put("instance", path);
        byte[] json = JSON.writeValueAsBytes(body);
        return (model, request, response) -> {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(json);
        };
    }
}
