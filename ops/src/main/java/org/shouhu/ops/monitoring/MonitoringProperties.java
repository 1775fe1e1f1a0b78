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
 * @param storeRefresh  how often a node reads the figures of the store it exports (whether the
 *                      database answers, processor positions, dead letters, live nodes): read in
 *                      the background, so that a scrape never waits on an absent database
 */
@ConfigurationProperties("shouhu.monitoring")
public record MonitoringProperties(@DefaultValue("1m") Duration domainRefresh,
                                   @DefaultValue("10s") Duration storeRefresh) {

    public MonitoringProperties {
        positive(domainRefresh, "domain-refresh");
        positive(storeRefresh, "store-refresh");
    }

    private static void positive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("shouhu.monitoring." + name + " must be a positive duration");
        }
    }
}
