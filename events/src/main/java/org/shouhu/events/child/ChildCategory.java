package org.shouhu.events.child;

/**
 * The categories of the information ledger. Each child is counted once, under one primary
 * category, even where more than one applies; the others may be kept as tags.
 */
public enum ChildCategory {
    LEFT_BEHIND,
    DISABLED,
    URBAN_SUBSISTENCE,
    RURAL_SUBSISTENCE,
    EXTREME_POVERTY,
    ORPHAN,
    DE_FACTO_UNSUPPORTED
}
