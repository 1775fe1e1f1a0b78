package org.shouhu.events.common;

import org.shouhu.events.privacy.PersonalData;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** A telephone number: digits with an optional leading '+' and '-' or spaces as separators. */
@PersonalData
public record PhoneNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\+?[0-9][0-9 -]{4,22}[0-9]");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PhoneNumber {
        value = Require.text(value, "phone", 24);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("phone.format",
                    "phone must be 6 to 24 digits, optionally with a leading '+', spaces or '-'");
        }
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}
