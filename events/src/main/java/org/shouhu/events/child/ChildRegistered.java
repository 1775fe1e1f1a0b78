package org.shouhu.events.child;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.Sex;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;

import java.time.LocalDate;
import java.util.Set;

/** A child was entered in the information ledger. */
public record ChildRegistered(
        ChildId childId,
        PersonName name,
        Sex sex,
        LocalDate dateOfBirth,
        ResidentId residentId,
        Township township,
        Village village,
        ChildCategory primaryCategory,
        Set<ChildCategory> tags,
        ParentsMigration parents,
        LocalDate registeredOn) {

    public ChildRegistered {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        parents = parents == null ? ParentsMigration.UNKNOWN : parents;
    }
}
