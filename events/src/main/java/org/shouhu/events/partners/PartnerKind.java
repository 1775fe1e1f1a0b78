package org.shouhu.events.partners;

/** The organisations a child is referred to. */
public enum PartnerKind {
    SCHOOL,
    POLICE_STATION,
    COURT,
    HOSPITAL,
    /** 妇联 */
    WOMENS_FEDERATION,
    CHARITY
}
