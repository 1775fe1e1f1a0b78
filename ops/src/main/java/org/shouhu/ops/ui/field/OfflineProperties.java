package org.shouhu.ops.ui.field;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Offline capture in the browser ({@code shouhu.offline.*}, docs/offline.md).
 *
 * @param keepFor    how long a device keeps the children it cached; past it they are deleted
 *                   from the browser on the next page opened (entries not yet sent are kept
 *                   until sent or discarded: deleting them would lose a director's work)
 * @param keyRounds  PBKDF2-SHA-256 rounds that turn the password into the key sealing the
 *                   browser's store; a store keeps the rounds it was sealed with
 * @param retryEvery how often the offline page tries again to send what waits, while it is open
 */
@ConfigurationProperties("shouhu.offline")
public record OfflineProperties(Duration keepFor, int keyRounds, Duration retryEvery) {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; a phone derives it in about a second, once per sign-in. */
    static final int DEFAULT_ROUNDS = 600_000;

    public OfflineProperties {
        if (keepFor == null) {
            keepFor = Duration.ofHours(72);
        }
        if (keyRounds == 0) {
            keyRounds = DEFAULT_ROUNDS;
        }
        if (retryEvery == null) {
            retryEvery = Duration.ofSeconds(30);
        }
        if (keepFor.isNegative() || keepFor.isZero()) {
            throw new IllegalArgumentException("shouhu.offline.keep-for must be positive");
        }
        if (keyRounds < 1_000) {
            throw new IllegalArgumentException("shouhu.offline.key-rounds must be at least 1000");
        }
        if (retryEvery.toSeconds() < 1) {
            throw new IllegalArgumentException("shouhu.offline.retry-every must be at least 1s");
        }
    }
}
