package org.shouhu.command.rules;

import org.shouhu.events.referrals.ReferralId;

import java.util.Map;

/**
 * A referral is made, then accepted or declined by the partner, and an accepted one is
 * completed: a step out of that order (accepting a declined referral, completing one never
 * accepted) is refused, so the record of who did what for the child stays true.
 */
public final class ReferralStepsInOrder {

    /** Where a referral stands. */
    public enum Step { MADE, ACCEPTED, DECLINED, COMPLETED }

    private ReferralStepsInOrder() {
    }

    public static void checkAnswer(Map<ReferralId, Step> referrals, ReferralId referralId) {
        if (stepOf(referrals, referralId) != Step.MADE) {
            throw new RuleViolation("referral.already-answered", null,
                    "the partner has already answered this referral (" + referrals.get(referralId) + ")");
        }
    }

    public static void checkCompletion(Map<ReferralId, Step> referrals, ReferralId referralId) {
        if (stepOf(referrals, referralId) != Step.ACCEPTED) {
            throw new RuleViolation("referral.not-accepted", null,
                    "only an accepted referral is completed; this one is " + referrals.get(referralId));
        }
    }

    private static Step stepOf(Map<ReferralId, Step> referrals, ReferralId referralId) {
        Required.field(referralId, "referralId");
        Step step = referrals.get(referralId);
        if (step == null) {
            throw new RuleViolation("referral.unknown", "referralId", "no referral with this id was made for this child");
        }
        return step;
    }
}
