package org.shouhu.command.erasure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;

/** Erase the personal data of a closed case (crypto-shredding): the bureau's decision, with its reason. */
public record EraseChildData(@TargetAggregateIdentifier ChildId childId, Reason reason) {
}
