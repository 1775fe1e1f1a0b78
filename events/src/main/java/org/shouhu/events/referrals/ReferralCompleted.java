package org.shouhu.events.referrals;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;

import java.time.LocalDate;

/** The partner did what it was asked: the result, in its words. */
public record ReferralCompleted(ChildId childId, ReferralId referralId, LocalDate completedOn, Notes result) {
}
