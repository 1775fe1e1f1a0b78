package org.shouhu.command.rules;

import org.shouhu.events.common.InvalidValueException;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.PhoneNumber;
import org.shouhu.events.common.Sex;
import org.shouhu.events.visits.VisitKind;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A corrected value obeys the same rules as the original field: a corrected date is a real
 * date, not in the future nor before birth; a corrected name is a valid name, and so on.
 */
public final class CorrectedValueFitsTheField {

    private CorrectedValueFitsTheField() {
    }

    public static void check(String field, String value, LocalDate dateOfBirth, LocalDate today) {
        Required.field(value, "correctedValue");
        try {
            switch (field) {
                case "occurredOn", "openedOn", "closedOn" -> DatesNeitherInFutureNorBeforeBirth.check(
                        LocalDate.parse(value), "correctedValue", dateOfBirth, today);
                case "name", "guardianName" -> new PersonName(value);
                case "phone" -> new PhoneNumber(value);
                case "sex" -> Sex.valueOf(value);
                case "kind" -> VisitKind.valueOf(value);
                case "childSeen" -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new IllegalArgumentException("childSeen is true or false");
                    }
                }
                default -> new Notes(value);
            }
        } catch (DateTimeParseException e) {
            throw new RuleViolation("correction.value-invalid", "correctedValue", field + " must be a date YYYY-MM-DD");
        } catch (InvalidValueException e) {
            throw new RuleViolation(e.rule(), "correctedValue", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("correction.value-invalid", "correctedValue",
                    "correctedValue is not a valid " + field);
        }
    }
}
