package org.shouhu.ops.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.shouhu.ops.time.Repeating;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * {@code shouhu_database_up}: 1 when PostgreSQL answered this node's last check, 0 when it did
 * not within the pool's connection timeout. Checked every {@code shouhu.monitoring.store-refresh}
 * in the background: a scrape reads the last answer and never waits on an absent database.
 * The alert "database unreachable" watches it.
 */
@Component
public class DatabaseMetrics extends Repeating {

    private final JdbcTemplate jdbc;
    private volatile double up = Double.NaN;

    public DatabaseMetrics(JdbcTemplate jdbc, MeterRegistry registry, MonitoringProperties properties) {
        super("database-metrics", Duration.ZERO, properties.storeRefresh());
        this.jdbc = jdbc;
        Gauge.builder("shouhu.database.up", this, metrics -> metrics.up)
                .description("1 when PostgreSQL answers this node, 0 when it does not").register(registry);
    }

    @Override
    protected void runOnce() {
        try {
            jdbc.queryForObject("SELECT 1", Integer.class);
            up = 1;
        } catch (DataAccessException unreachable) {
            up = 0;
        }
    }
}
