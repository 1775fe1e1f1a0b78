package org.shouhu.events.accounts;

import org.shouhu.events.common.Area;

/** The account's role or area changed (they change together: the area must fit the role). */
public record AccountRoleChanged(AccountName username, AccountRole role, Area area, AccountRole previousRole,
                                 Area previousArea) {
}
