package org.shouhu.ops.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.shouhu.events.visits.VisitRecorded;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code VisitRecorded} revision 2: the stored shape promises {@code riskIndicators} as a list,
 * empty when there is none. The first shape (stored without a revision) did not say so in the
 * store: the event's constructor accepted a missing or null field and made it an empty list. A
 * store written by Shouhu holds the list in every visit already, so for those this upcaster only
 * relabels the revision; it is the worked, tested example of changing an event's shape without
 * touching what is stored (docs/operations.md, "Upgrades"), ready for the first change that
 * needs one.
 */
@Component
@Order(1)
public class VisitRecordedUpcaster extends SingleEventUpcaster {

    static final String TO_REVISION = "2";
    private static final String FIELD = "riskIndicators";
    private static final SimpleSerializedType FROM = new SimpleSerializedType(VisitRecorded.class.getName(), null);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return FROM.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(FROM.getName(), TO_REVISION), JsonNode.class,
                payload -> {
                    if (!payload.hasNonNull(FIELD)) {
                        ((ObjectNode) payload).putArray(FIELD);
                    }
                    return payload;
                });
    }
}
