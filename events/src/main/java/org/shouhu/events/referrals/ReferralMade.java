package org.shouhu.events.referrals;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.partners.PartnerId;

import java.time.LocalDate;

/** The child was referred to a partner organisation, for a reason (sealed like every note). */
public record ReferralMade(ChildId childId, ReferralId referralId, PartnerId partnerId, Notes reason, LocalDate madeOn) {
}
