package org.shouhu.command.rules;

import org.shouhu.events.common.ResidentId;

import java.time.LocalDate;

/** The date of birth written inside a resident ID (digits 7 to 14) is the child's date of birth. */
public final class ResidentIdAgreesWithDateOfBirth {

    private ResidentIdAgreesWithDateOfBirth() {
    }

    public static void check(ResidentId residentId, LocalDate dateOfBirth) {
        if (!residentId.birthDate().equals(dateOfBirth)) {
            throw new RuleViolation("resident-id.birth-date-mismatch", "residentId",
                    "the date of birth inside residentId (digits 7 to 14) differs from dateOfBirth");
        }
    }
}
