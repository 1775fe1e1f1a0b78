package org.shouhu.query.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shouhu.data-quality.*}: when the data-quality report counts an open case as not
 * visited lately or as not kept up to date.
 *
 * @param visitWithinDays     a case without a visit in this many days is flawed
 * @param unchangedAfterDays  a case whose record has not changed in this many days is flawed
 */
@ConfigurationProperties("shouhu.data-quality")
public record DataQualityProperties(@DefaultValue("365") int visitWithinDays,
                                    @DefaultValue("365") int unchangedAfterDays) {

    public DataQualityProperties {
        if (visitWithinDays < 1 || unchangedAfterDays < 1) {
            throw new IllegalArgumentException(
                    "shouhu.data-quality.visit-within-days and unchanged-after-days must be 1 or more");
        }
    }
}
