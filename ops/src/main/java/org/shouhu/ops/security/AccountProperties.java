package org.shouhu.ops.security;

import org.shouhu.events.accounts.AccountRole;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Local accounts, from configuration. Passwords are given only as BCrypt hashes
 * (e.g. {@code htpasswd -bnBC 12 "" secret | tr -d ':\n'}), never in clear.
 *
 * @param accounts the accounts that may sign in with HTTP Basic
 */
@ConfigurationProperties(prefix = "shouhu.security")
public record AccountProperties(List<Account> accounts) {

    public AccountProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /**
     * @param username     the sign-in name, also the {@code actorId} on every event the account records
     * @param passwordHash BCrypt hash of the password
     * @param role         one of {@link AccountRole}
     * @param area         a village ({@code 石洞镇/青龙村}) for a director, a township ({@code 石洞镇}) for a
     *                     supervisor; the other roles answer for the whole district and leave it out
     */
    public record Account(String username, String passwordHash, AccountRole role, String area) {
    }
}
