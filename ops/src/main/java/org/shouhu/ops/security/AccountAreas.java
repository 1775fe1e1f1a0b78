package org.shouhu.ops.security;

import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.common.Area;

/** Reads an account's area and checks that it fits the account's role. */
final class AccountAreas {

    private AccountAreas() {
    }

    static Area checked(String username, AccountRole role, String area) {
        Area parsed = Area.parse(area);
        if (!role.fits(parsed)) {
            throw new IllegalStateException("account " + username + ": a " + role + " needs " + role.areaKind());
        }
        return parsed;
    }
}
