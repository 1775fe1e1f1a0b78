package org.shouhu.ops.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param maxFailures wrong passwords in a row after which an account is locked for a while
 * @param lockout     how long it stays locked; a right password during that time is refused too
 */
@ConfigurationProperties(prefix = "shouhu.security.login")
public record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout) {
}
