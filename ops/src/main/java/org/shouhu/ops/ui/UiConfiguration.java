package org.shouhu.ops.ui;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The interface's language: Chinese unless the reader chose English with {@code ?lang=en}
 * (kept in a cookie, so the choice survives signing out). Only the two languages the message
 * bundles hold can be chosen; the API's own answers are not affected.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UiProperties.class)
public class UiConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    private static final Duration LANGUAGE_REMEMBERED_FOR = Duration.ofDays(365);

    @Bean
    LocaleResolver localeResolver(UiProperties properties) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("shouhu-lang") {
            @Override
            public void setLocale(jakarta.servlet.http.HttpServletRequest request,
                                  jakarta.servlet.http.HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, supported(locale, properties.defaultLocale()));
            }
        };
        resolver.setDefaultLocale(properties.defaultLocale());
        resolver.setCookieMaxAge(LANGUAGE_REMEMBERED_FOR);
        resolver.setCookieSameSite("Strict");
        return resolver;
    }

    /** The one of the interface's languages closest to the one asked for. */
    static Locale supported(Locale asked, Locale fallback) {
        if (asked == null) {
            return fallback;
        }
        return LANGUAGES.stream().filter(language -> language.getLanguage().equals(asked.getLanguage()))
                .findFirst().orElse(fallback);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/ui", "/ui/**", "/login");
    }
}
