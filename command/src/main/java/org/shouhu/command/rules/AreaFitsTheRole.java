package org.shouhu.command.rules;

import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.common.Area;

/** A director answers for one village, a supervisor for one township, the other roles for the district. */
public final class AreaFitsTheRole {

    private AreaFitsTheRole() {
    }

    public static void check(AccountRole role, Area area) {
        if (!role.fits(area)) {
            throw new RuleViolation("area.role-mismatch", "area", "a " + role + " needs " + role.areaKind());
        }
    }
}
