package org.shouhu.events.referrals;

import org.shouhu.events.common.ChildId;

import java.time.LocalDate;

public record ReferralAccepted(ChildId childId, ReferralId referralId, LocalDate acceptedOn) {
}
