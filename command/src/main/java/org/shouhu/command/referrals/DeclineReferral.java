package org.shouhu.command.referrals;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.referrals.ReferralId;

import java.time.LocalDate;

public record DeclineReferral(@TargetAggregateIdentifier ChildId childId, ReferralId referralId, LocalDate declinedOn, Notes reason) {
}
