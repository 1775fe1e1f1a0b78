package org.shouhu.query.visits;

import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.RiskLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * The longest a child may go without a visit: the shorter of the interval for its risk level
 * and the one for its primary category ({@code defaultIntervalDays} for a category not named).
 * Defaults and their reasons: README, "Visit duties".
 */
@ConfigurationProperties(prefix = "shouhu.visits")
public record VisitDutyProperties(@DefaultValue("90") int defaultIntervalDays,
                                  Map<RiskLevel, Integer> intervalByRisk,
                                  Map<ChildCategory, Integer> intervalByCategory) {

    public VisitDutyProperties {
        intervalByRisk = intervalByRisk == null ? Map.of() : Map.copyOf(intervalByRisk);
        intervalByCategory = intervalByCategory == null ? Map.of() : Map.copyOf(intervalByCategory);
        if (defaultIntervalDays < 1 || intervalByRisk.values().stream().anyMatch(days -> days == null || days < 1)
                || intervalByCategory.values().stream().anyMatch(days -> days == null || days < 1)) {
            throw new IllegalArgumentException("shouhu.visits.* intervals must be at least 1 day");
        }
    }
}
