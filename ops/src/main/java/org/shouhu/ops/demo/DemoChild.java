package org.shouhu.ops.demo;

import org.shouhu.command.child.RegisterChild;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ParentsMigration;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.Sex;
import org.shouhu.events.guardianship.Guardian;

import java.time.LocalDate;
import java.util.Set;

/**
 * One synthetic child as the demo creates it: what its registration says, plus the risk level
 * its history is written towards. Its {@code toString} is that of a record: never log it.
 */
record DemoChild(
        ChildId childId,
        PersonName name,
        String surname,
        Sex sex,
        LocalDate dateOfBirth,
        ResidentId residentId,
        DemoDistrict.Place place,
        ChildCategory category,
        Set<ChildCategory> tags,
        ParentsMigration parents,
        Guardian guardian,
        LocalDate guardianSince,
        RiskLevel risk) {

    RegisterChild registration() {
        return new RegisterChild(childId, name, sex, dateOfBirth, residentId, place.township(), place.village(),
                category, tags, parents, guardian, guardianSince);
    }
}
