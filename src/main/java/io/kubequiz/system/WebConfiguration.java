package io.kubequiz.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Language: {@code ?lang=fr|en} switches, for the session and, when signed in, on the account (read again at the next
 * sign-in); otherwise the browser decides.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<LanguagePreferences> preferences;

    WebConfiguration(ObjectProvider<LanguagePreferences> preferences) {
        this.preferences = preferences;
    }

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocaleFunction(Languages::fromRequest);
        return resolver;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver(), preferences))
                .excludePathPatterns("/api/**");
        registry.addInterceptor(new FormErrorStatus()).excludePathPatterns("/api/**");
    }

    private record LanguageSwitch(LocaleResolver resolver, ObjectProvider<LanguagePreferences> preferences)
            implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Locale chosen = Languages.named(request.getParameter("lang"));
            if (chosen != null) {
                resolver.setLocale(request, response, chosen);
                if (request.getUserPrincipal() != null) {
                    preferences.ifAvailable(
                            p -> p.prefer(request.getUserPrincipal().getName(), chosen));
                }
            }
            return true;
        }
    }
}
