package org.shouhu.ops.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode ({@code shouhu.demo.*}).
 *
 * @param enabled  demo mode: on the first start into an empty event store, a synthetic district is seeded
 * @param children how many children the synthetic district has
 * @param seed     the random seed: the same seed gives the same district (names, places, categories,
 *                 risks and histories; only the generated identifiers differ)
 */
@ConfigurationProperties(prefix = "shouhu.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled,
                             @DefaultValue("600") int children,
                             @DefaultValue("2023") long seed) {

    /** More would take long to seed and say nothing more about the system. */
    static final int MAX_CHILDREN = 100_000;

    public DemoProperties {
        if (children < 0 || children > MAX_CHILDREN) {
            throw new IllegalArgumentException("shouhu.demo.children must be between 0 and " + MAX_CHILDREN);
        }
    }
}
