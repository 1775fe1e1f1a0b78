package org.shouhu.ops.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param maxFailures   wrong passwords in a row after which an account is locked for a while
 * @param lockout       how long it stays locked; a right password during that time is refused too
 * @param rememberMatch how long a node knows that a password matched its account's hash without
 *                      checking BCrypt again (Basic auth sends the password with every request, and
 *                      BCrypt at cost 10 or more takes 50-250 ms of CPU). Only a keyed digest of the
 *                      password and hash is kept, in memory; a new password hash or a wrong password
 *                      is always checked in full; 0 checks every request
 */
@ConfigurationProperties(prefix = "shouhu.security.login")
public record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout,
                              @DefaultValue("10m") Duration rememberMatch) {
}
