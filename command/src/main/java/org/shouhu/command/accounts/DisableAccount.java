package org.shouhu.command.accounts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.accounts.AccountName;
import org.shouhu.events.common.Reason;

public record DisableAccount(@TargetAggregateIdentifier AccountName username, Reason reason) {
}
