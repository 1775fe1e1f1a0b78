package org.shouhu.command.accounts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.accounts.AccountName;
import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.Reason;

public record ChangeAccountRole(@TargetAggregateIdentifier AccountName username, AccountRole role, Area area,
                                Reason reason) {
}
