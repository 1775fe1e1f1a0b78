package org.shouhu.command.rules;

import org.shouhu.command.partners.PartnerRegister;
import org.shouhu.events.partners.PartnerId;

/** A child is referred to a registered partner organisation, so that who holds the child's case is on record. */
public final class ReferralGoesToAKnownPartner {

    private ReferralGoesToAKnownPartner() {
    }

    public static void check(PartnerRegister partners, PartnerId partnerId) {
        Required.field(partnerId, "partnerId");
        if (!partners.knows(partnerId)) {
            throw new RuleViolation("partner.unknown", "partnerId", "no partner organisation with this id is registered");
        }
    }
}
