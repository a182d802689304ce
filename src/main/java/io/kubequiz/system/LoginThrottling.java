package io.kubequiz.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in throttling around Spring Security's form login: a filter in front of it refuses an attempt whose account,
 * address or browser has failed too often (the login page again, 429, {@code Retry-After}, and the password is not
 * checked, so a refused guess costs no bcrypt); the failure handler counts wrong passwords and unknown usernames; a
 * success forgets the account's failures and gives the browser its device cookie.
 */
@Component
class LoginThrottling {

    /** Request attribute read by the login page: roughly how many minutes to wait. */
    static final String MINUTES = "loginThrottledMinutes";

    private static final RequestMatcher LOGIN_POST =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final LoginThrottle throttle;
    private final DeviceCookies devices;

    LoginThrottling(LoginThrottle throttle, DeviceCookies devices) {
        this.throttle = throttle;
        this.devices = devices;
    }

    OncePerRequestFilter filter() {
        return new Refusal();
    }

    AuthenticationFailureHandler failureHandler(String failureUrl) {
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(failureUrl);
        return (request, response, exception) -> {
            if (countsAsFailure(exception)) {
                throttle.failed(attempt(request));
            }
            failure.onAuthenticationFailure(request, response, exception);
        };
    }

    /** Called on a successful sign-in. */
    void succeeded(HttpServletRequest request, HttpServletResponse response, String username) {
        throttle.succeeded(username, devices.nonceFor(request, username));
        devices.give(request, response, username);
    }

    /** A wrong password, or an unknown username (Spring Security reports both alike); not a database outage. */
    private static boolean countsAsFailure(AuthenticationException exception) {
        return exception instanceof BadCredentialsException;
    }

    private LoginAttempt attempt(HttpServletRequest request) {
        String username = LoginAttempt.normalized(request.getParameter("username"));
        return new LoginAttempt(
                username,
                request.getRemoteAddr(),
                devices.nonceFor(request, username).orElse(null));
    }

    private final class Refusal extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<Duration> wait =
                    LOGIN_POST.matches(request) ? throttle.waitFor(attempt(request)) : Optional.empty();
            if (wait.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            request.setAttribute(MINUTES, (seconds + 59) / 60);
            // Seen as a GET from here on, the request skips the form login filter (no password check) and reaches the
            // login page, which shows the message; the CSRF token was checked already.
            chain.doFilter(new AsGet(request), response);
        }
    }

    /** The refused POST, read further down the chain as the GET of the login page. */
    private static final class AsGet extends HttpServletRequestWrapper {

        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return HttpMethod.GET.name();
        }
    }
}
