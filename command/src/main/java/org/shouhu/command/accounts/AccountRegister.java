package org.shouhu.command.accounts;

import org.shouhu.events.accounts.AccountName;
import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.common.Area;

/**
 * The accounts that may sign in, kept in the transaction that records their events: a refused
 * change leaves the register as it was.
 */
public interface AccountRegister {

    /** @throws org.shouhu.command.rules.RuleViolation {@code username.unique} when the name is taken */
    void create(AccountName username, String passwordHash, AccountRole role, Area area);

    void changeRole(AccountName username, AccountRole role, Area area);

    void disable(AccountName username);
}
