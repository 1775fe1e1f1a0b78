package org.shouhu.ops.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code shouhu_database_up}: 1 when PostgreSQL answered this node's scrape, 0 when it did not
 * within the pool's connection timeout. The alert "database unreachable" watches it.
 */
@Component
public class DatabaseMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    public DatabaseMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("shouhu.database.up", this, DatabaseMetrics::answers)
                .description("1 when PostgreSQL answers this node, 0 when it does not").register(registry);
    }

    private double answers() {
        try {
            jdbc.queryForObject("SELECT 1", Integer.class);
            return 1;
        } catch (DataAccessException unreachable) {
            return 0;
        }
    }
}
