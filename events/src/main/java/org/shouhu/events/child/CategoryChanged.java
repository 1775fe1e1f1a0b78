package org.shouhu.events.child;

import org.shouhu.events.common.ChildId;

import java.util.Set;

/** The child's primary category or tags were changed. */
public record CategoryChanged(ChildId childId, ChildCategory primaryCategory, Set<ChildCategory> tags) {

    public CategoryChanged {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
