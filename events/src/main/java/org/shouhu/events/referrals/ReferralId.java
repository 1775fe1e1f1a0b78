package org.shouhu.events.referrals;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.Require;
import org.shouhu.events.common.Uuids;

import java.util.UUID;

/** Identifies one referral of a child to a partner organisation. */
public record ReferralId(UUID value) {

    public ReferralId {
        Require.present(value, "referralId");
    }

    public static ReferralId generate() {
        return new ReferralId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ReferralId of(String text) {
        return new ReferralId(Uuids.parse(text, "referralId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
