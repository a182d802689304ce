package io.kubequiz.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Language: {@code ?lang=fr|en} switches, for the session and, when signed in, on the account (read again at the next
 * sign-in); otherwise the browser decides.
 *
 * <p>Static files: only {@code /css}, {@code /js}, {@code /img} and {@code /webjars} are served (Spring Boot's own
 * {@code /**} mapping is off, {@code spring.web.resources.add-mappings=false}). Under {@code /**}, every link a page
 * builds, {@code /quizzes/...} included, was looked up as a file in every jar of the class path before it was written
 * out; that was six tenths of the server's time under a class's load. Links to these files carry their content's hash
 * (or the WebJar's version), so browsers keep them for a year and a new release is fetched at once.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private static final CacheControl A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

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

    /** {@code ${@viewer...}} in the layout: who is looking at the page. */
    @Bean
    Viewer viewer() {
        return new Viewer();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(A_YEAR)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(A_YEAR)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
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
