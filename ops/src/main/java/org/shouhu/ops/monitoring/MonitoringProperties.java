package org.shouhu.ops.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code shouhu.monitoring.*}.
 *
 * @param domainRefresh how often a query node counts the domain figures it exports (open cases,
 *                      overdue visits, concerns past their triage deadline, coverage, by
 *                      township): a count over the roster, not made at every scrape
 */
@ConfigurationProperties("shouhu.monitoring")
public record MonitoringProperties(@DefaultValue("1m") Duration domainRefresh) {

    public MonitoringProperties {
        if (domainRefresh.isNegative() || domainRefresh.isZero()) {
            throw new IllegalArgumentException("shouhu.monitoring.domain-refresh must be a positive duration");
        }
    }
}
