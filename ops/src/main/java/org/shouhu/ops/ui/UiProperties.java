package org.shouhu.ops.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Locale;

/**
 * The web interface's settings ({@code shouhu.ui.*}).
 *
 * @param defaultLanguage the language of a reader who has not chosen one ({@code zh-CN} or {@code en})
 * @param pageSize        rows per page of the roster and the other lists
 */
@ConfigurationProperties("shouhu.ui")
public record UiProperties(String defaultLanguage, int pageSize) {

    public UiProperties {
        if (defaultLanguage == null || defaultLanguage.isBlank()) {
            defaultLanguage = "zh-CN";
        }
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("shouhu.ui.page-size must be between 1 and 500 (the API's limit)");
        }
    }

    public Locale defaultLocale() {
        return Locale.forLanguageTag(defaultLanguage);
    }
}
