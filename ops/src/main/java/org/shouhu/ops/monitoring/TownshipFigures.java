package org.shouhu.ops.monitoring;

import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One gauge with a series per township whose figures are updated in place. Micrometer's
 * {@code MultiGauge.register(rows, true)} removes each series before adding it again, so a
 * scrape that fell between the two saw the series missing (an alert on it would see no data);
 * here a series stays registered while its township has children, and only its value changes.
 */
final class TownshipFigures {

    private final MultiGauge gauge;
    private final Map<String, Figure> figures = new ConcurrentHashMap<>();

    TownshipFigures(MultiGauge gauge) {
        this.gauge = gauge;
    }

    /** The figures now, by township; a township no longer given loses its series. */
    void set(Map<String, ? extends Number> byTownship) {
        byTownship.forEach((township, value) -> figures.computeIfAbsent(township, key -> new Figure()).value =
                value.doubleValue());
        figures.keySet().retainAll(byTownship.keySet());
        // not overwritten: a series already registered keeps reading its Figure, now updated
        gauge.register(byTownship.keySet().stream().<MultiGauge.Row<?>>map(township -> MultiGauge.Row.of(
                Tags.of("township", township), figures.get(township), figure -> figure.value)).toList(), false);
    }

    private static final class Figure {
        private volatile double value;
    }
}
