package io.kubequiz.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Form login at /login, CSRF on every state change, public catalogue and static assets, the rest signed in. Under
 * {@code /api/**} a missing sign-in is a 401 and a missing role a 403, as {@code application/problem+json} (never a
 * redirect to the login page). Health and info are public (their details for admins only), every other actuator
 * endpoint (metrics, Prometheus) is for admins.
 *
 * <p>Every response carries the security headers: the {@link #CONTENT_SECURITY_POLICY}, {@code nosniff}, no framing,
 * the referrer only to the app itself, and HSTS on HTTPS requests (behind a TLS proxy, the request counts as HTTPS
 * through its {@code X-Forwarded-Proto}: see {@code server.forward-headers-strategy}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final RequestMatcher API =
            PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    private static final AuthenticationEntryPoint LOGIN = new LoginUrlAuthenticationEntryPoint("/login");
    private static final AccessDeniedHandler DENIED = new AccessDeniedHandlerImpl();

    /**
     * Only the app's own origin: its scripts, style sheets and images (plus {@code data:} images, which Bootstrap's
     * style sheet uses for its icons), no plugins, no framing, forms posted only to itself. No inline script, style
     * element or style attribute runs, so an injected one does nothing; the pages have none (their scripts are files
     * under /js, their styles classes).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static final RequestMatcher SWAGGER_UI =
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

    /**
     * Swagger UI's pages only (springdoc's WebJar, under /swagger-ui/): the same policy except inline styles, which
     * its script sets on the elements it builds and without which it does not render. Scripts stay 'self' only.
     */
    static final String SWAGGER_UI_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    @Bean
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            SecurityContextRepository contexts,
            MessageSource messages,
            ObjectProvider<BearerTokens> tokens,
            LocaleResolver locales,
            ObjectProvider<LanguagePreferences> languages,
            ObjectProvider<LoginThrottling> throttlings)
            throws Exception {
        BearerTokens bearer = tokens.getIfAvailable(() -> token -> Optional.empty());
        http.addFilterBefore(new BearerTokenFilter(bearer, messages), CsrfFilter.class);
        // Always there in the application; absent only from web slice tests, which have no database to count in.
        LoginThrottling throttling = throttlings.getIfAvailable();
        if (throttling != null) {
            http.addFilterBefore(throttling.filter(), UsernamePasswordAuthenticationFilter.class);
        }
        // The ASYNC dispatch only finishes a response whose request was authorized already (a streamed CSV export);
        // a Bearer token, read once per request, is not there any more to authorize it again.
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(
                                "/",
                                "/login",
                                "/register",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/api/v1/quizzes/*/gift")
                        .hasAnyRole("TRAINER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/quizzes", "/api/v1/objectives")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/api/v1/classes", "/api/v1/classes/**", "/api/v1/tokens")
                        .hasAnyRole("TRAINER", "ADMIN")
                        .requestMatchers("/account/tokens", "/account/tokens/**")
                        .hasAnyRole("TRAINER", "ADMIN")
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                "/classes",
                                "/classes/**",
                                "/dashboard",
                                "/dashboard/**",
                                "/question-sets",
                                "/question-sets/**")
                        .hasAnyRole("TRAINER", "ADMIN")
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            if (API.matches(request)) {
                                problem(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", messages);
                            } else {
                                LOGIN.commence(request, response, e);
                            }
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            if (API.matches(request)) {
                                problem(request, response, HttpStatus.FORBIDDEN, "forbidden", messages);
                            } else {
                                DENIED.handle(request, response, e);
                            }
                        }))
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(SWAGGER_UI),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                        .frameOptions(frames -> frames.deny())
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds())))
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new HomeByRole(locales, languages, throttling))
                        .failureHandler(
                                throttling == null
                                        ? new SimpleUrlAuthenticationFailureHandler("/login?error")
                                        : throttling.failureHandler("/login?error"))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    /** An RFC 9457 problem in the language of {@code Accept-Language}, for the API's 401 and 403. */
    private static void problem(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String key,
            MessageSource messages)
            throws IOException {
        Locale locale = Languages.fromRequest(request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":"
                        + json(messages.getMessage("api.problem." + key + ".title", null, locale))
                        + ",\"status\":" + status.value()
                        + ",\"detail\":" + json(messages.getMessage("api.problem." + key, null, locale))
                        + ",\"instance\":" + json(request.getRequestURI()) + "}");
    }

    /** A JSON string literal. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** After login: the page asked for before, else a trainer's dashboard or a learner's quizzes. */
    private static final class HomeByRole extends SavedRequestAwareAuthenticationSuccessHandler {

        private final LocaleResolver locales;
        private final ObjectProvider<LanguagePreferences> preferences;
        private final LoginThrottling throttling;

        HomeByRole(
                LocaleResolver locales, ObjectProvider<LanguagePreferences> preferences, LoginThrottling throttling) {
            this.locales = locales;
            this.preferences = preferences;
            this.throttling = throttling;
        }

        /**
         * Signing in brings back the language the person chose last time, if they ever chose, forgets the account's
         * failed attempts and marks the browser as one that signed in to it.
         */
        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            if (throttling != null) {
                throttling.succeeded(request, response, authentication.getName());
            }
            preferences.ifAvailable(p -> p.preferred(authentication.getName())
                    .ifPresent(language -> locales.setLocale(request, response, language)));
            super.onAuthenticationSuccess(request, response, authentication);
        }

        @Override
        protected String determineTargetUrl(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
            boolean trainer = authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_TRAINER")
                            || a.getAuthority().equals("ROLE_ADMIN"));
            return trainer ? "/dashboard" : "/quizzes";
        }
    }

    /** Remembers a page asked for before signing in, to return to it; an API call is not remembered (no session). */
    private static RequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new NegatedRequestMatcher(API));
        return cache;
    }

    /**
     * {@code Authorization: Bearer <token>} on the API: a valid token signs the request in as its trainer, for this
     * request only (no session); an unknown, expired or revoked token is a 401; a token only reads (GET), so any other
     * method with a token is a 403.
     */
    private static final class BearerTokenFilter extends OncePerRequestFilter {

        private static final String BEARER = "Bearer ";

        private final BearerTokens tokens;
        private final MessageSource messages;

        BearerTokenFilter(BearerTokens tokens, MessageSource messages) {
            this.tokens = tokens;
            this.messages = messages;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || !API.matches(request)) {
                chain.doFilter(request, response);
                return;
            }
            if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
                problem(request, response, HttpStatus.FORBIDDEN, "tokenReadOnly", messages);
                return;
            }
            Optional<UserDetails> user =
                    tokens.userFor(header.substring(BEARER.length()).strip());
            if (user.isEmpty()) {
                problem(request, response, HttpStatus.UNAUTHORIZED, "tokenInvalid", messages);
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    user.get(), null, user.get().getAuthorities()));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
