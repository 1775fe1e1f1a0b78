package org.shouhu.events.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.InvalidValueException;
import org.shouhu.events.common.Require;

import java.util.regex.Pattern;

/** A sign-in name: recorded as {@code actorId} on every event its account writes. */
public record AccountName(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AccountName {
        value = Require.text(value, "username", 64);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("username.format",
                    "username must be 3 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
