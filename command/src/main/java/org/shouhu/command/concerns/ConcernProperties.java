package org.shouhu.command.concerns;

import org.shouhu.events.concerns.ConcernSeverity;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code shouhu.concerns.*}: how soon a concern of each severity must be triaged (counted from
 * the moment it is recorded) before it is escalated, and the severity of a concern recorded
 * without one.
 *
 * @param triageWithin    the time allowed, for every severity
 * @param defaultSeverity what a concern raised without a severity is taken to be
 */
@ConfigurationProperties("shouhu.concerns")
public record ConcernProperties(Map<ConcernSeverity, Duration> triageWithin, ConcernSeverity defaultSeverity) {

    public ConcernProperties {
        if (defaultSeverity == null) {
            throw new IllegalArgumentException("shouhu.concerns.default-severity must be set");
        }
        EnumMap<ConcernSeverity, Duration> times = new EnumMap<>(ConcernSeverity.class);
        for (ConcernSeverity severity : ConcernSeverity.values()) {
            Duration within = triageWithin == null ? null : triageWithin.get(severity);
            if (within == null || within.isNegative() || within.isZero()) {
                throw new IllegalArgumentException("shouhu.concerns.triage-within." + severity
                        + " must be a positive duration (e.g. 3d or 24h)");
            }
            times.put(severity, within);
        }
        triageWithin = Map.copyOf(times);
    }

    public Duration triageWithin(ConcernSeverity severity) {
        return triageWithin.get(severity);
    }
}
