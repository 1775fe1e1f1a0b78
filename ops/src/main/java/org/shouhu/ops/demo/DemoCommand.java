package org.shouhu.ops.demo;

import org.shouhu.events.common.Reason;

import java.time.LocalDate;

/**
 * One command of the demo history, the reason it carries (also written to the metadata, as the
 * API does) and the day it is about (null for undated commands such as a risk assessment).
 */
record DemoCommand(Object payload, Reason reason, LocalDate day) {

    static DemoCommand of(Object payload, LocalDate day) {
        return new DemoCommand(payload, null, day);
    }

    static DemoCommand of(Object payload, Reason reason, LocalDate day) {
        return new DemoCommand(payload, reason, day);
    }

    /** The command's kind, for counting: the simple name of its class. */
    String kind() {
        return payload.getClass().getSimpleName();
    }
}
