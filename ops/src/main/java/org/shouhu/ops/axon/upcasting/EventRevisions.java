package org.shouhu.ops.axon.upcasting;

import org.axonframework.serialization.RevisionResolver;
import org.shouhu.events.visits.VisitRecorded;

import java.util.Map;

/**
 * The revision each event is stored with ({@code payload_revision}), kept here rather than as
 * Axon's {@code @Revision} on the event so that the {@code events} module stays free of Axon.
 * An event absent from the list has no revision. When an event's shape changes, its revision
 * goes up here and an upcaster beside this class turns the stored older shapes into the new one
 * as they are read (docs/operations.md, "Upgrades"). What is stored is never rewritten: the
 * hash chains cover the stored bytes.
 */
public class EventRevisions implements RevisionResolver {

    static final Map<Class<?>, String> REVISIONS = Map.of(
            VisitRecorded.class, VisitRecordedUpcaster.TO_REVISION);

    @Override
    public String revisionOf(Class<?> payloadType) {
        return REVISIONS.get(payloadType);
    }
}
