package org.shouhu.command.accounts;

import org.shouhu.command.rules.RuleViolation;
import org.shouhu.events.accounts.AccountName;
import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.common.Area;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class JdbcAccountRegister implements AccountRegister {

    private final JdbcTemplate jdbc;

    public JdbcAccountRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create(AccountName username, String passwordHash, AccountRole role, Area area) {
        int created = jdbc.update("""
                INSERT INTO write_model.account (username, password_hash, role, area, enabled)
                VALUES (?, ?, ?, ?, TRUE) ON CONFLICT (username) DO NOTHING""",
                username.value(), passwordHash, role.name(), area.toString());
        if (created == 0) {
            throw new RuleViolation("username.unique", "username", "an account with this name exists");
        }
    }

    @Override
    public void changeRole(AccountName username, AccountRole role, Area area) {
        jdbc.update("UPDATE write_model.account SET role = ?, area = ?, changed_at = now() WHERE username = ?",
                role.name(), area.toString(), username.value());
    }

    @Override
    public void disable(AccountName username) {
        jdbc.update("UPDATE write_model.account SET enabled = FALSE, changed_at = now() WHERE username = ?",
                username.value());
    }
}
