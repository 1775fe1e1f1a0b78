package org.shouhu.ops.monitoring;

import org.shouhu.query.projections.OnQueryNode;
import org.shouhu.query.projections.ProjectionAdministration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness on a query node ({@code /actuator/health/readiness}): out of service while a
 * read model is being rebuilt from the first event or has not been built yet (after a restore:
 * its answers would be incomplete), or its processor has stopped on an error. A read model that merely lags stays ready: reads that
 * must see a write wait for it with {@code ?minPosition=}.
 */
@Component("readModels")
@OnQueryNode
public class ReadModelsHealth extends AbstractHealthIndicator {

    private final ProjectionAdministration projections;

    public ReadModelsHealth(ProjectionAdministration projections) {
        // a failure to read the positions (the database away) makes the indicator DOWN, not the probe fail
        super("Read models' status cannot be read");
        this.projections = projections;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        health.up();
        for (ProjectionAdministration.ProjectionStatus status : projections.status()) {
            health.withDetail(status.name(), status.status());
            boolean notBuiltYet = status.position() < 0 && status.headPosition() >= 0;
            if (status.replaying() || notBuiltYet || "ERROR".equals(status.status())) {
                health.outOfService();
            }
        }
    }
}
