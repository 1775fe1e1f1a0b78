package org.shouhu.ops.security;

import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.MutableClock;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedMatchesTest {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final AtomicInteger checks = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final RememberedMatches matches = new RememberedMatches(counting, Duration.ofMinutes(10), 100, clock);

    @Test
    void a_matching_password_is_checked_in_full_once_while_remembered() {
        String hash = bcrypt.encode("secret");
        assertThat(matches.matches("secret", hash)).isTrue();
        assertThat(matches.matches("secret", hash)).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    void a_wrong_password_is_checked_in_full_every_time() {
        String hash = bcrypt.encode("secret");
        matches.matches("secret", hash);
        assertThat(matches.matches("guess", hash)).isFalse();
        assertThat(matches.matches("guess", hash)).isFalse();
        assertThat(checks).hasValue(3);
    }

    @Test
    void a_new_password_hash_is_checked_in_full() {
        matches.matches("secret", bcrypt.encode("secret"));
        String changed = bcrypt.encode("other");
        assertThat(matches.matches("secret", changed)).isFalse();
        assertThat(matches.matches("other", changed)).isTrue();
        assertThat(checks).hasValue(3);
    }

    @Test
    void a_match_is_forgotten_after_its_time() {
        String hash = bcrypt.encode("secret");
        matches.matches("secret", hash);
        clock.advance(Duration.ofMinutes(11));
        assertThat(matches.matches("secret", hash)).isTrue();
        assertThat(checks).hasValue(2);
    }
}
