package org.shouhu.ops.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts wrong passwords per account and locks the account for a while after too many in a
 * row, so that passwords cannot be guessed at the speed of HTTP. Only existing accounts are
 * counted (a spray of made-up names must not fill memory). Counts live in this node's memory:
 * a restart forgets them, and each node of a cluster counts for itself.
 */
@Component
public class LoginAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(LoginAttempts.class);

    private final LoginProperties properties;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private volatile Predicate<String> accountExists = username -> false;

    public LoginAttempts(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    void knowAccounts(Predicate<String> exists) {
        accountExists = exists;
    }

    public boolean isLocked(String username) {
        Failures record = failures.get(username);
        return record != null && record.lockedUntil() != null && clock.instant().isBefore(record.lockedUntil());
    }

    @EventListener
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (!accountExists.test(username)) {
            return;
        }
        Failures record = failures.merge(username, new Failures(1, null), (old, one) -> {
            int count = old.lockedUntil() != null && !clock.instant().isBefore(old.lockedUntil()) ? 1 : old.count() + 1;
            return new Failures(count, null);
        });
        if (record.count() >= properties.maxFailures()) {
            failures.put(username, new Failures(record.count(), clock.instant().plus(properties.lockout())));
            LOG.warn("Account {} locked for {} after {} wrong passwords", username, properties.lockout(), record.count());
        }
    }

    @EventListener
    public void on(AuthenticationSuccessEvent event) {
        failures.remove(event.getAuthentication().getName());
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
