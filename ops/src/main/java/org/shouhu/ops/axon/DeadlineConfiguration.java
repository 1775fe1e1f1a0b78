package org.shouhu.ops.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.shouhu.ops.nodes.NodeProperties;
import org.shouhu.ops.nodes.NodeRole;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;

/**
 * Deadlines in PostgreSQL, not in memory: the db-scheduler {@link Scheduler} this defines makes
 * Axon's auto-configuration supply a {@code DbSchedulerDeadlineManager} and its task. Scheduling
 * goes through a transaction-aware data source, so a deadline is stored in the same transaction
 * as the events of the command that set it, or not at all. The scheduler reads the district
 * clock, so due means due by the same clock the rules use.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    static final String TABLE = "scheduling.scheduled_tasks";

    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, Clock clock,
                                DeadlineProperties properties) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName(TABLE)
                .pollingInterval(properties.pollingInterval())
                .threads(properties.threads())
                .clock(clock::instant)
                .build();
    }

    /**
     * Starts the scheduler once everything else runs (Axon's aggregates must be there to receive
     * a deadline) and stops it first, before Axon and the data source go. A due deadline is
     * carried out by a command node: a node with only the query role takes no records.
     */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler, NodeProperties node) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (node.has(NodeRole.COMMAND)) {
                    scheduler.start();
                }
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
