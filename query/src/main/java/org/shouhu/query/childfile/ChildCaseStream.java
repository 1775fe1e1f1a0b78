package org.shouhu.query.childfile;

import org.axonframework.eventhandling.DomainEventMessage;

/** Tells a child's events from those of other streams (workers, activities) that share the store. */
public final class ChildCaseStream {

    /** The aggregate type Axon stores with every event of a child case. */
    public static final String AGGREGATE_TYPE = "ChildCase";

    private ChildCaseStream() {
    }

    public static boolean contains(DomainEventMessage<?> message) {
        return AGGREGATE_TYPE.equals(message.getType());
    }
}
