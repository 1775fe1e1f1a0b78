package org.shouhu.events.approvals;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.Require;
import org.shouhu.events.common.Uuids;

import java.util.UUID;

/** Identifies one change of a child case that waits for a supervisor's approval. */
public record ApprovalId(UUID value) {

    public ApprovalId {
        Require.present(value, "approvalId");
    }

    public static ApprovalId generate() {
        return new ApprovalId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ApprovalId of(String text) {
        return new ApprovalId(Uuids.parse(text, "approvalId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
