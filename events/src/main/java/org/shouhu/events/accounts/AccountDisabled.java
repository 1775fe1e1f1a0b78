package org.shouhu.events.accounts;

/** The account may no longer sign in. What it recorded stays, under its name. */
public record AccountDisabled(AccountName username) {
}
