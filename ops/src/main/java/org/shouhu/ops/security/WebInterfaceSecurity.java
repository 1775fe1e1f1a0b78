package org.shouhu.ops.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shouhu.ops.web.DatabaseAway;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import java.io.IOException;
import org.shouhu.events.accounts.AccountRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Set;

/**
 * Who may open which page of the web interface. People sign in once with a form (the same
 * accounts, passwords and lockout as the API) and keep a session; the pages then call the
 * API with that session and its CSRF token. Each page asks for the roles of the API calls it
 * makes, so a page never shows what its reader could not fetch himself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class WebInterfaceSecurity {

    private static final String[] DASHBOARD_READERS = {AccountRole.DASHBOARD.name(), AccountRole.SUPERVISOR.name(),
            AccountRole.BUREAU.name(), AccountRole.INSPECTOR.name()};
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * An API call that needs the CSRF token: one that changes something and is authenticated
     * by the interface's session cookie alone (no Authorization header of its own).
     */
    static final RequestMatcher RIDES_ON_A_SESSION = request -> !SAFE_METHODS.contains(request.getMethod())
            && request.getHeader("Authorization") == null
            && request.getRequestedSessionId() != null;

    /**
     * Content Security Policy of every page: scripts and styles only from this application,
     * so that text a person typed (a finding, a name) can never run as a script when shown.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** A sign-in that failed because the account could not be read is not a wrong password: the page says which. */
    private static final AuthenticationFailureHandler SIGN_IN_FAILED = new AuthenticationFailureHandler() {
        private final AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
        private final AuthenticationFailureHandler databaseAway = new SimpleUrlAuthenticationFailureHandler("/login?unavailable");

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException e) throws IOException, ServletException {
            (DatabaseAway.explains(e) ? databaseAway : wrongPassword).onAuthenticationFailure(request, response, e);
        }
    };

    @Bean
    @Order(1)
    SecurityFilterChain webInterface(HttpSecurity http) throws Exception {
        http
                .securityMatcher("/", "/ui", "/ui/**", "/login", "/logout", "/assets/**", "/webjars/**", "/favicon.ico")
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/ui", true).permitAll()
                        .failureHandler(SIGN_IN_FAILED))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("JSESSIONID").clearAuthentication(true).invalidateHttpSession(true))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors.accessDeniedPage("/ui/forbidden"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/assets/**", "/webjars/**", "/favicon.ico", "/login").permitAll()
                        // offline capture's service worker: a script without data, fetched by the browser on its own
                        .requestMatchers(HttpMethod.GET, "/ui/sw.js").permitAll()
                        .requestMatchers("/ui/field", "/ui/field/**").hasAnyRole(SecurityConfiguration.RECORDERS)
                        .requestMatchers("/", "/ui", "/ui/forbidden").authenticated()
                        .requestMatchers("/ui/dashboard", "/ui/dashboard/**").hasAnyRole(DASHBOARD_READERS)
                        .requestMatchers("/ui/inspection", "/ui/inspection/**")
                        .hasAnyRole(AccountRole.INSPECTOR.name(), AccountRole.BUREAU.name())
                        .requestMatchers("/ui/approvals").hasAnyRole(AccountRole.SUPERVISOR.name(), AccountRole.BUREAU.name())
                        .requestMatchers("/ui/imports", "/ui/imports/**", "/ui/children/new").hasAnyRole(SecurityConfiguration.RECORDERS)
                        .requestMatchers(HttpMethod.GET, "/ui/children/*/forms/**").hasAnyRole(SecurityConfiguration.RECORDERS)
                        .requestMatchers("/ui/roster", "/ui/children/**", "/ui/workers", "/ui/activities")
                        .hasAnyRole(SecurityConfiguration.CASE_READERS)
                        // a page without a rule above is refused to everyone until it is given one
                        .anyRequest().denyAll());
        return http.build();
    }
}
