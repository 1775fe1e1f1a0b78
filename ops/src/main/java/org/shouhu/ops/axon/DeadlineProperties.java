package org.shouhu.ops.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code shouhu.deadlines.*}: how the persistent deadline store is polled.
 *
 * @param pollingInterval how often a node looks for deadlines that fell due
 * @param threads         how many due deadlines a node runs at once
 */
@ConfigurationProperties("shouhu.deadlines")
public record DeadlineProperties(Duration pollingInterval, int threads) {

    public DeadlineProperties {
        if (pollingInterval == null || pollingInterval.isNegative() || pollingInterval.isZero()) {
            throw new IllegalArgumentException("shouhu.deadlines.polling-interval must be a positive duration");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("shouhu.deadlines.threads must be at least 1");
        }
    }
}
