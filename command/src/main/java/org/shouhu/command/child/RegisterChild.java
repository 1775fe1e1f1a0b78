package org.shouhu.command.child;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ParentsMigration;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.Sex;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;
import org.shouhu.events.guardianship.Guardian;

import java.time.LocalDate;
import java.util.Set;

/** Enter a child in the information ledger, with the first guardian if known. */
public record RegisterChild(
        @TargetAggregateIdentifier ChildId childId,
        PersonName name,
        Sex sex,
        LocalDate dateOfBirth,
        ResidentId residentId,
        Township township,
        Village village,
        ChildCategory primaryCategory,
        Set<ChildCategory> tags,
        ParentsMigration parents,
        Guardian guardian,
        LocalDate guardianEffectiveOn) {
}
