package org.shouhu.events.accounts;

import org.shouhu.events.common.Area;

/** The bureau opened an account. Its password is kept apart from the events, so it can change. */
public record AccountCreated(AccountName username, AccountRole role, Area area) {
}
