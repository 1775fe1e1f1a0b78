package org.shouhu.ops.security;

import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.common.Area;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The accounts the bureau opened through the API, as the register of the write side keeps them. */
@Component
public class RegisteredAccounts {

    private final JdbcTemplate jdbc;

    public RegisteredAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A disabled account is found, but may not sign in. */
    public Optional<UserDetails> find(String username) {
        return jdbc.query("SELECT password_hash, role, area, enabled FROM write_model.account WHERE username = ?",
                (rs, i) -> {
                    UserDetails user = LocalAccounts.user(username, rs.getString(1),
                            AccountRole.valueOf(rs.getString(2)), Area.parse(rs.getString(3)));
                    return rs.getBoolean(4) ? user : User.withUserDetails(user).disabled(true).build();
                }, username).stream().findFirst();
    }
}
