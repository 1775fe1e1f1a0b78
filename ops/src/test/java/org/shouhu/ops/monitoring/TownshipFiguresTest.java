package org.shouhu.ops.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A township's series is updated in place: never removed while the township has children, so no scrape misses it. */
class TownshipFiguresTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final List<String> removed = new ArrayList<>();
    private final TownshipFigures open = new TownshipFigures(MultiGauge.builder("shouhu.cases.open").register(registry));

    private double value(String township) {
        Gauge gauge = registry.find("shouhu.cases.open").tag("township", township).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }

    @Test
    void a_refresh_changes_the_values_and_removes_no_series_that_stays() {
        registry.config().onMeterRemoved(meter -> removed.add(meter.getId().getTag("township")));
        open.set(Map.of("石洞镇", 12L, "拦江镇", 3L));
        Gauge before = registry.find("shouhu.cases.open").tag("township", "石洞镇").gauge();

        open.set(Map.of("石洞镇", 13L, "拦江镇", 3L));

        assertThat(value("石洞镇")).isEqualTo(13.0);
        assertThat(value("拦江镇")).isEqualTo(3.0);
        assertThat(registry.find("shouhu.cases.open").tag("township", "石洞镇").gauge()).as("the same series").isSameAs(before);
        assertThat(removed).as("no series removed between two refreshes").isEmpty();
    }

    @Test
    void a_township_without_children_loses_its_series_and_gets_it_back_when_it_has_some() {
        open.set(Map.of("石洞镇", 12L, "拦江镇", 3L));
        open.set(Map.of("石洞镇", 12L));
        assertThat(registry.find("shouhu.cases.open").tag("township", "拦江镇").gauge()).isNull();
        open.set(Map.of("石洞镇", 12L, "拦江镇", 1L));
        assertThat(value("拦江镇")).isEqualTo(1.0);
    }
}
