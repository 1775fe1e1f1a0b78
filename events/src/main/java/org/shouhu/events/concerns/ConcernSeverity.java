package org.shouhu.events.concerns;

/**
 * How grave a concern is, as the person recording it judges it: it sets how soon the concern
 * must be triaged (shouhu.concerns.triage-within) before it is escalated to the supervisor.
 */
public enum ConcernSeverity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
