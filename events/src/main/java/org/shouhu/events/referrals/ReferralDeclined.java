package org.shouhu.events.referrals;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;

import java.time.LocalDate;

/** The partner declined the referral, saying why. */
public record ReferralDeclined(ChildId childId, ReferralId referralId, LocalDate declinedOn, Notes reason) {
}
