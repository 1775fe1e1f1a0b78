package org.shouhu.command.child;

import org.shouhu.command.guardianship.GuardianshipRequest;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ParentsMigration;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.Sex;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;

import java.time.LocalDate;
import java.util.Set;

/**
 * The body of {@code POST /children}. {@code confirmNotDuplicate}: true registers the child
 * even though records of the area look like it (the registration without it answered them).
 */
public record RegisterChildRequest(PersonName name, Sex sex, LocalDate dateOfBirth, ResidentId residentId,
                                   Township township, Village village, ChildCategory primaryCategory,
                                   Set<ChildCategory> tags, ParentsMigration parents, GuardianshipRequest guardian,
                                   Boolean confirmNotDuplicate) {

    RegisterChild toCommand(ChildId childId) {
        RequiredFields check = RequiredFields.check()
                .field("name", name).field("sex", sex).field("dateOfBirth", dateOfBirth)
                .field("residentId", residentId).field("township", township).field("village", village)
                .field("primaryCategory", primaryCategory);
        if (guardian != null) {
            check.field("guardian.guardianName", guardian.guardianName())
                    .field("guardian.relation", guardian.relation());
        }
        check.orRefuse();
        return new RegisterChild(childId, name, sex, dateOfBirth, residentId, township, village, primaryCategory,
                tags, parents, guardian == null ? null : guardian.guardian(),
                guardian == null ? null : guardian.effectiveOn());
    }
}
