package org.shouhu.ops.security;

import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.common.Area;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * The accounts that may sign in: those configured under {@code shouhu.security.accounts}, those
 * the bureau opened through {@code /api/v1/accounts}, and, in demo mode only, one account per
 * role with the password {@code demo}.
 */
@Configuration(proxyBeanMethods = false)
public class LocalAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(LocalAccounts.class);
    static final String DEMO_PASSWORD = "demo";
    /** The demo director and supervisor answer for a village and a township of the demo district. */
    private static final Map<AccountRole, Area> DEMO_AREAS = Map.of(
            AccountRole.DIRECTOR, Area.parse("石洞镇/青龙村"),
            AccountRole.SUPERVISOR, Area.parse("石洞镇"),
            AccountRole.BUREAU, Area.DISTRICT,
            AccountRole.INSPECTOR, Area.DISTRICT,
            AccountRole.DASHBOARD, Area.DISTRICT);

    static UserDetails user(String username, String passwordHash, AccountRole role, Area area) {
        return User.withUsername(username).password(passwordHash)
                .authorities(new SimpleGrantedAuthority("ROLE_" + role.name()), new SimpleGrantedAuthority(area.asAuthority())).build();
    }

    /** How many accounts' matching passwords a node remembers at most ({@link RememberedMatches}). */
    private static final int REMEMBERED_MATCHES = 10_000;

    @Bean
    PasswordEncoder passwordEncoder(LoginProperties login, Clock clock) {
        return new RememberedMatches(new BCryptPasswordEncoder(), login.rememberMatch(), REMEMBERED_MATCHES, clock);
    }

    @Bean
    UserDetailsService userDetailsService(AccountProperties properties, PasswordEncoder encoder,
                                          @Value("${shouhu.demo.enabled:false}") boolean demo,
                                          LoginAttempts attempts, RegisteredAccounts registered) {
        List<UserDetails> users = new ArrayList<>();
        for (AccountProperties.Account account : properties.accounts()) {
            if (account.passwordHash() == null || !account.passwordHash().startsWith("$2")) {
                throw new IllegalStateException("account " + account.username()
                        + " needs a BCrypt password-hash; clear-text passwords are not accepted");
            }
            Area area = AccountAreas.checked(account.username(), account.role(), account.area());
            users.add(user(account.username(), account.passwordHash(), account.role(), area));
        }
        if (demo) {
            String hash = encoder.encode(DEMO_PASSWORD);
            for (AccountRole role : AccountRole.values()) {
                users.add(user(role.name().toLowerCase(Locale.ROOT), hash, role, DEMO_AREAS.get(role)));
            }
            LOG.warn("DEMO MODE: accounts bureau, supervisor (石洞镇), director (石洞镇/青龙村), inspector and "
                    + "dashboard exist with the password 'demo'. Never run demo mode with real children's data.");
        }
        if (users.isEmpty()) {
            LOG.warn("No accounts are configured (shouhu.security.accounts): only accounts opened through the API "
                    + "can sign in, and opening one takes a configured bureau account");
        }
        InMemoryUserDetailsManager configured = new InMemoryUserDetailsManager(users);
        attempts.knowAccounts(username -> configured.userExists(username) || registered.find(username).isPresent());
        // configured accounts first, then those the bureau opened through the API;
        // a locked account is refused before its password is even checked
        return username -> {
            UserDetails user = configured.userExists(username) ? configured.loadUserByUsername(username)
                    : registered.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
            return attempts.isLocked(username) ? User.withUserDetails(user).accountLocked(true).build() : user;
        };
    }
}
