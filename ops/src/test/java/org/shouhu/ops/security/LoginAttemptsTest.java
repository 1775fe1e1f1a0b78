package org.shouhu.ops.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptsTest {

    private Instant now = Instant.parse("2024-05-01T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginAttempts attempts = new LoginAttempts(new LoginProperties(3, Duration.ofMinutes(15), Duration.ZERO), clock);

    private void wrongPassword(String user) {
        attempts.on(new AuthenticationFailureBadCredentialsEvent(
                new UsernamePasswordAuthenticationToken(user, "wrong"), new BadCredentialsException("bad")));
    }

    @Test
    void an_account_locks_after_the_configured_failures_and_unlocks_after_the_lockout() {
        attempts.knowAccounts(Set.of("wang.fang")::contains);
        wrongPassword("wang.fang");
        wrongPassword("wang.fang");
        assertThat(attempts.isLocked("wang.fang")).isFalse();
        wrongPassword("wang.fang");
        assertThat(attempts.isLocked("wang.fang")).isTrue();
        now = now.plus(Duration.ofMinutes(15));
        assertThat(attempts.isLocked("wang.fang")).isFalse();
        wrongPassword("wang.fang");
        assertThat(attempts.isLocked("wang.fang")).as("counting starts again after a lockout").isFalse();
    }

    @Test
    void a_right_password_clears_the_count() {
        attempts.knowAccounts(Set.of("wang.fang")::contains);
        wrongPassword("wang.fang");
        wrongPassword("wang.fang");
        attempts.on(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated("wang.fang", null, Set.of())));
        wrongPassword("wang.fang");
        assertThat(attempts.isLocked("wang.fang")).isFalse();
    }

    @Test
    void made_up_names_are_not_counted() {
        attempts.knowAccounts(Set.of("wang.fang")::contains);
        for (int i = 0; i < 10; i++) {
            wrongPassword("nobody-" + i);
        }
        assertThat(attempts.isLocked("nobody-1")).isFalse();
    }
}
