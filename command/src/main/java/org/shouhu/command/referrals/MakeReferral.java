package org.shouhu.command.referrals;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.partners.PartnerId;
import org.shouhu.events.referrals.ReferralId;

import java.time.LocalDate;

public record MakeReferral(@TargetAggregateIdentifier ChildId childId, ReferralId referralId, PartnerId partnerId, Notes reason, LocalDate madeOn) {
}
