package org.shouhu.command.partners;

import org.shouhu.events.partners.PartnerId;

/** The partner organisations a referral may name, kept in the transaction that registers them. */
public interface PartnerRegister {

    void register(PartnerId partnerId);

    boolean knows(PartnerId partnerId);
}
