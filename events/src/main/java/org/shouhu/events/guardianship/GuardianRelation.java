package org.shouhu.events.guardianship;

/** How the guardian is related to the child. */
public enum GuardianRelation {
    PATERNAL_GRANDPARENT,
    MATERNAL_GRANDPARENT,
    PARENT,
    OTHER_RELATIVE,
    ENTRUSTED_NON_RELATIVE,
    INSTITUTION
}
