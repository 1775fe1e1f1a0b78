package org.shouhu.ops.security;

import org.shouhu.events.accounts.AccountRole;
import org.shouhu.ops.web.DatabaseAway;
import org.shouhu.ops.web.DatabaseAwayAnswers;
import org.shouhu.ops.web.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call the API. Every API call is authenticated (HTTP Basic for local accounts, or
 * the session of the web interface, see {@link WebInterfaceSecurity});
 * writes need a role that records (director, supervisor, bureau); the dashboard role reads
 * aggregates only, so it sees no child's file, no roster and no history; only the bureau
 * administers projections.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {

    static final String[] RECORDERS = {AccountRole.DIRECTOR.name(), AccountRole.SUPERVISOR.name(), AccountRole.BUREAU.name()};
    static final String[] CASE_READERS = {AccountRole.DIRECTOR.name(), AccountRole.SUPERVISOR.name(), AccountRole.BUREAU.name(),
            AccountRole.INSPECTOR.name()};

    /** The interface's session, read but never created by an API call (a Basic call leaves no session behind). */
    private static HttpSessionSecurityContextRepository sessionReadOnly() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setAllowSessionCreation(false);
        return repository;
    }

    /** A call made by the web interface's scripts, which say so in a header. */
    static final RequestMatcher FROM_THE_INTERFACE = request -> "fetch".equals(request.getHeader("X-Requested-With"));

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, LoginProperties login, DatabaseAwayAnswers databaseAway,
                            ObjectProvider<JwtDecoder> jwtDecoder, JwtAccounts jwtAccounts) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            if (DatabaseAway.explains(e)) {
                // the account could not be read: not a wrong password, and no reason to ask for another
                databaseAway.answer(response, e);
                return;
            }
            if (e instanceof LockedException) {
                response.setHeader("Retry-After", Long.toString(login.lockout().toSeconds()));
                problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "account-locked",
                        "Too many wrong passwords: this account is locked for a while");
                return;
            }
            if (!FROM_THE_INTERFACE.matches(request)) {
                // the web interface's own calls must not make the browser ask for a Basic password
                response.setHeader("WWW-Authenticate", "Basic realm=\"shouhu\"");
            }
            problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Sign in with a Shouhu account (HTTP Basic)");
        };
        http
                // The API never opens a session, but reads the one of a person signed in to the web
                // interface, whose pages call this same API. Such a call rides on a cookie, so it
                // must carry the session's CSRF token; a call with its own credentials needs none.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(WebInterfaceSecurity.RIDES_ON_A_SESSION))
                .securityContext(context -> context.securityContextRepository(sessionReadOnly()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                                "forbidden", "Your role may not do this")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        // counts by township, no child's data: scraped without an account; keep it on an
                        // internal address with management.server.port/address (docs/operations.md)
                        .requestMatchers("/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(AccountRole.BUREAU.name())
                        .requestMatchers("/api/v1/accounts/**", "/api/v1/accounts").hasRole(AccountRole.BUREAU.name())
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(AccountRole.INSPECTOR.name(), AccountRole.BUREAU.name())
                        .requestMatchers("/api/v1/retention/**").hasRole(AccountRole.BUREAU.name())
                        .requestMatchers("/api/v1/integrity/**").hasAnyRole(AccountRole.INSPECTOR.name(), AccountRole.BUREAU.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/children/*/erasure").hasRole(AccountRole.BUREAU.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/children/*/approvals/**")
                        .hasAnyRole(AccountRole.SUPERVISOR.name(), AccountRole.BUREAU.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/workers", "/api/v1/workers/**", "/api/v1/partners")
                        .hasRole(AccountRole.BUREAU.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/activities").hasAnyRole(RECORDERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/imports").hasAnyRole(RECORDERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/imports/**").hasAnyRole(RECORDERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/workers", "/api/v1/activities", "/api/v1/partners",
                                "/api/v1/approvals", "/api/v1/concerns")
                        .hasAnyRole(CASE_READERS)
                        // reports without personal data: every role, the dashboard included, for its own area
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports/summary", "/api/v1/reports/overdue-visits",
                                "/api/v1/reports/accountability", "/api/v1/reports/intervention-timelines",
                                "/api/v1/reports/data-quality").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/children/**", "/api/v1/children").hasAnyRole(RECORDERS)
                        // what a director's device keeps for offline capture: only who records needs it
                        .requestMatchers(HttpMethod.GET, "/api/v1/offline/**").hasAnyRole(RECORDERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/children/**", "/api/v1/roster/**", "/api/v1/roster",
                                "/api/v1/reports/late-entries", "/api/v1/reports/possible-duplicates", "/api/v1/reports/corrections")
                        .hasAnyRole(CASE_READERS)
                        // an endpoint without a rule above is refused to everyone until it is given one
                        .requestMatchers("/api/**").denyAll()
                        .anyRequest().hasRole(AccountRole.BUREAU.name()));
        if (jwtDecoder.getIfAvailable() != null) {
            // an OpenID Connect provider is configured: its Bearer tokens are accepted beside local accounts
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(unauthenticated)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAccounts)));
        }
        return http.build();
    }
}
