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
 * {@code VisitRecorded} revision 2: the visit's risk indicators are always a list. The first
 * shape (stored without a revision) did not promise it: the event accepted a missing or null
 * field, so every reader of stored visits had to allow for both; revision 2 promises a list,
 * empty when there is no indicator. This upcaster gives the older stored visits that shape as
 * they are read, so readers see one shape only. It is also the worked example of changing an
 * event's shape without touching what is stored (docs/operations.md, "Upgrades").
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
