package org.shouhu.command.accounts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.accounts.AccountName;
import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.Reason;

/** Open an account; the password arrives already hashed (BCrypt) and never enters an event. */
public record CreateAccount(@TargetAggregateIdentifier AccountName username, AccountRole role, Area area,
                            String passwordHash, Reason reason) {
}
