package io.kubequiz.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page shown again because its form has errors answers 400, not 200: the messages are on the page, and the status
 * tells clients and tests that nothing was stored.
 */
class FormErrorStatus implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || response.getStatus() >= 400 || isRedirect(view)) {
            return;
        }
        boolean invalid = view.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
        if (invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static boolean isRedirect(ModelAndView view) {
        return view.getViewName() != null && view.getViewName().startsWith("redirect:");
    }
}
