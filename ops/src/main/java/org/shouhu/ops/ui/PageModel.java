package org.shouhu.ops.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.ops.ui.field.OfflineProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Locale;

/** What every page of the interface shows around its content: who reads, in which language, which page. */
@ControllerAdvice(basePackageClasses = PageModel.class)
public class PageModel {

    private final OfflineProperties offline;

    public PageModel(OfflineProperties offline) {
        this.offline = offline;
    }

    /** Offline capture's settings: the sign-in page derives its key, and every page's sign-out wipes its store. */
    @ModelAttribute("offline")
    public OfflineProperties offline() {
        return offline;
    }

    @ModelAttribute("reader")
    public Reader reader() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? Reader.current() : null;
    }

    @ModelAttribute("language")
    public String language(HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    /** This same page in the other language, with its filters kept. */
    @ModelAttribute("otherLanguage")
    public String otherLanguage(HttpServletRequest request) {
        String other = "en".equals(language(request)) ? "zh-CN" : "en";
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other)
                .replaceQueryParam("cursor").build().toUriString();
    }

    @ModelAttribute("path")
    public String path(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
