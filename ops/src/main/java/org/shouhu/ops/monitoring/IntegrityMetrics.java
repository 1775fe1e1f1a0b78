package org.shouhu.ops.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.shouhu.ops.integrity.IntegrityVerifier;
import org.springframework.stereotype.Component;

/**
 * The last verification of the record on this node (periodic, or asked for):
 * {@code shouhu_integrity_intact} is 1 when it found the record intact, 0 when broken, NaN
 * before the first; {@code shouhu_integrity_verified_timestamp_seconds} is when it ran.
 */
@Component
public class IntegrityMetrics implements MeterBinder {

    private final IntegrityVerifier verifier;

    public IntegrityMetrics(IntegrityVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("shouhu.integrity.intact", verifier,
                        v -> v.last().map(last -> last.intact() ? 1.0 : 0.0).orElse(Double.NaN))
                .description("1 when the last verification found the record intact, 0 when broken").register(registry);
        Gauge.builder("shouhu.integrity.verified.timestamp", verifier,
                        v -> v.last().map(last -> last.at().getEpochSecond() * 1.0).orElse(Double.NaN))
                .baseUnit("seconds").description("When the last verification ran").register(registry);
    }
}
