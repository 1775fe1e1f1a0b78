package org.shouhu.ops.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The accounts that may sign in: those configured under {@code shouhu.security.accounts},
 * plus, in demo mode only, one account per role with the password {@code demo}.
 */
@Configuration(proxyBeanMethods = false)
public class LocalAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(LocalAccounts.class);
    static final String DEMO_PASSWORD = "demo";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AccountProperties properties, PasswordEncoder encoder,
                                          @Value("${shouhu.demo.enabled:false}") boolean demo) {
        List<UserDetails> users = new ArrayList<>();
        for (AccountProperties.Account account : properties.accounts()) {
            if (account.passwordHash() == null || !account.passwordHash().startsWith("$2")) {
                throw new IllegalStateException("account " + account.username()
                        + " needs a BCrypt password-hash; clear-text passwords are not accepted");
            }
            users.add(User.withUsername(account.username()).password(account.passwordHash())
                    .roles(account.role().name()).build());
        }
        if (demo) {
            String hash = encoder.encode(DEMO_PASSWORD);
            Arrays.stream(Role.values()).forEach(role -> users.add(User.withUsername(role.name().toLowerCase(Locale.ROOT))
                    .password(hash).roles(role.name()).build()));
            LOG.warn("DEMO MODE: accounts bureau, supervisor, director, inspector and dashboard exist with the "
                    + "password 'demo'. Never run demo mode with real children's data.");
        }
        if (users.isEmpty()) {
            LOG.warn("No accounts are configured (shouhu.security.accounts): nobody can sign in");
        }
        return new InMemoryUserDetailsManager(users);
    }
}
