package org.shouhu.command.guardianship;

import org.shouhu.command.web.RequiredFields;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.PhoneNumber;
import org.shouhu.events.common.Reason;
import org.shouhu.events.guardianship.Guardian;
import org.shouhu.events.guardianship.GuardianCapacity;
import org.shouhu.events.guardianship.GuardianRelation;

import java.time.LocalDate;

/** The body of {@code POST /children/{id}/guardianship}, and the optional guardian of a registration. */
public record GuardianshipRequest(PersonName guardianName, GuardianRelation relation, PhoneNumber phone,
                                  GuardianCapacity capacity, LocalDate effectiveOn, Reason reason) {

    public Guardian guardian() {
        return new Guardian(guardianName, relation, phone, capacity);
    }

    ChangeGuardianship toCommand(ChildId childId) {
        RequiredFields.check().field("guardianName", guardianName).field("relation", relation)
                .field("effectiveOn", effectiveOn).field("reason", reason).orRefuse();
        return new ChangeGuardianship(childId, guardian(), effectiveOn, reason);
    }
}
