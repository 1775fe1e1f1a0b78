package org.shouhu.events.partners;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.Require;

/** The name of a partner organisation, e.g. 石洞镇中心小学 or 安居区人民法院. */
public record PartnerName(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PartnerName {
        value = Require.text(value, "name", 200);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}
