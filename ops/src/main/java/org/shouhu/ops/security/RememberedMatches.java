package org.shouhu.ops.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BCrypt, remembering for a while which password matched which hash. Basic auth sends the
 * password with every request, and checking it costs BCrypt's full price each time (50-250 ms
 * of CPU at cost 10-12), which would make every request of an API client as dear as a sign-in.
 *
 * <p>What is remembered is an HMAC of the hash and the password under a key made at random
 * when the node starts and never stored: it tells nothing about the password, even to someone
 * reading this node's memory without the key. Only matches are remembered, so guessing stays
 * as slow as BCrypt makes it; a changed password has a new hash and is checked in full; an
 * account locked or closed is refused by the account checks, which run on every request.
 */
public class RememberedMatches implements PasswordEncoder {

    private final PasswordEncoder bcrypt;
    private final Duration remembered;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> matches;

    public RememberedMatches(PasswordEncoder bcrypt, Duration remembered, int capacity, Clock clock) {
        this.bcrypt = bcrypt;
        this.remembered = remembered;
        this.clock = clock;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
        this.matches = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || remembered.isZero()) {
            return bcrypt.matches(rawPassword, encodedPassword);
        }
        String digest = digest(rawPassword, encodedPassword);
        Instant now = clock.instant();
        synchronized (matches) {
            Instant until = matches.get(digest);
            if (until != null && until.isAfter(now)) {
                return true;
            }
        }
        boolean match = bcrypt.matches(rawPassword, encodedPassword);
        if (match) {
            synchronized (matches) {
                matches.put(digest, now.plus(remembered));
            }
        }
        return match;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String digest(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
