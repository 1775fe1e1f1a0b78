package org.shouhu.ops.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.shouhu.ops.integrity.VerificationLog;
import org.shouhu.ops.time.Repeating;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The newest verification of the whole record, by any node (the verification log), read every
 * {@code shouhu.monitoring.store-refresh}: {@code shouhu_integrity_intact} is 1 when it found the
 * record intact, 0 when broken; {@code shouhu_integrity_verified_timestamp_seconds} is when it
 * ended. Both are absent (NaN) until the first verification.
 */
@Component
public class IntegrityMetrics extends Repeating {

    private final VerificationLog log;
    private volatile double intact = Double.NaN;
    private volatile double verifiedAt = Double.NaN;

    public IntegrityMetrics(VerificationLog log, MeterRegistry registry, MonitoringProperties properties) {
        super("integrity-metrics", Duration.ZERO, properties.storeRefresh());
        this.log = log;
        Gauge.builder("shouhu.integrity.intact", this, metrics -> metrics.intact)
                .description("1 when the newest verification found the record intact, 0 when broken").register(registry);
        Gauge.builder("shouhu.integrity.verified.timestamp", this, metrics -> metrics.verifiedAt).baseUnit("seconds")
                .description("When the newest verification ended").register(registry);
    }

    @Override
    protected void runOnce() {
        log.latest().ifPresent(last -> {
            intact = last.intact() ? 1 : 0;
            verifiedAt = last.finishedAt().getEpochSecond();
        });
    }
}
