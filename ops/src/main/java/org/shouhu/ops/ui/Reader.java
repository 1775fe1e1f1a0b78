package org.shouhu.ops.ui;

import org.shouhu.events.accounts.AccountRole;

import java.util.Arrays;

/**
 * The person reading a page: what the navigation and the page's buttons need to know about
 * him (his role decides which links he sees; the API decides what he may do). Read from the
 * same account the API's reads scope by ({@link org.shouhu.query.scope.Reader}).
 *
 * @param ofOneVillage whether the account's area is one village (not a township, not the district)
 */
public record Reader(String name, AccountRole role, String area, boolean ofOneVillage) {

    /** The signed-in account of this request. */
    public static Reader current() {
        org.shouhu.query.scope.Reader account = org.shouhu.query.scope.Reader.current();
        AccountRole role = Arrays.stream(AccountRole.values()).filter(known -> known.name().equals(account.role()))
                .findFirst().orElse(AccountRole.DASHBOARD); // an unknown role sees the least
        return new Reader(account.account(), role, account.area().toString(), account.area().isVillage());
    }

    public boolean records() {
        return role == AccountRole.DIRECTOR || role == AccountRole.SUPERVISOR || role == AccountRole.BUREAU;
    }

    public boolean readsCases() {
        return role != AccountRole.DASHBOARD;
    }

    public boolean readsDashboards() {
        return role != AccountRole.DIRECTOR;
    }

    public boolean inspects() {
        return role == AccountRole.INSPECTOR || role == AccountRole.BUREAU;
    }

    /** Offline capture is for one village's children: a recording account of a village. */
    public boolean capturesOffline() {
        return records() && ofOneVillage;
    }

    public boolean approves() {
        return role == AccountRole.SUPERVISOR || role == AccountRole.BUREAU;
    }
}
