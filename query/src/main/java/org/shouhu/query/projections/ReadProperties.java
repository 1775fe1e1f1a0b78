package org.shouhu.query.projections;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param maxWait how long a read with {@code ?minPosition=} waits for its read model
 */
@ConfigurationProperties(prefix = "shouhu.read")
public record ReadProperties(@DefaultValue("5s") Duration maxWait) {
}
