package org.shouhu.events.common;

import org.shouhu.events.privacy.PersonalData;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A resident ID number (居民身份证号码) per GB 11643-1999: a six-digit address code, the
 * date of birth as YYYYMMDD, a three-digit sequence code and an ISO 7064 MOD 11-2 check
 * character (0-9 or X).
 */
@PersonalData
public record ResidentId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ResidentId {
        value = Require.text(value, "residentId", 18).toUpperCase();
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("resident-id.format",
                    "residentId must be 18 characters: 17 digits and a check digit or X");
        }
        if (value.charAt(17) != checkCharacter(value)) {
            throw new InvalidValueException("resident-id.check-digit",
                    "residentId check digit is wrong (GB 11643-1999)");
        }
        birthDateOf(value);
    }

    /** The date of birth written inside the number. */
    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The check character that the first 17 digits call for. */
    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDateOf(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidValueException("resident-id.birth-date",
                    "residentId does not contain a valid date of birth");
        }
    }

    /** Only the last four characters: enough to tell numbers apart in logs and lists. */
    public String masked() {
        return "**************" + value.substring(14);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return masked();
    }
}
