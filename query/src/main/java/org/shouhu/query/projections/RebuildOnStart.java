package org.shouhu.query.projections;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code --shouhu.projections.rebuild-on-start=true}: the read models are dropped and rebuilt by
 * replay from the first event. The tokens are reset just before the processors start, while
 * they are still stopped, rather than by stopping running ones; progress is logged every few
 * seconds until the read models have caught up.
 */
@Component
@OnQueryNode
@ConditionalOnProperty(prefix = "shouhu.projections", name = "rebuild-on-start", havingValue = "true")
public class RebuildOnStart implements ConfigurerModule {

    private static final long PROGRESS_SECONDS = 5;

    private final ObjectProvider<ProjectionAdministration> administration;

    public RebuildOnStart(ObjectProvider<ProjectionAdministration> administration) {
        this.administration = administration;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> administration.getObject().resetBeforeStart());
    }

    @EventListener(ApplicationReadyEvent.class)
    public void followProgress() {
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rebuild-progress");
            thread.setDaemon(true);
            return thread;
        });
        progress.scheduleAtFixedRate(() -> {
            if (administration.getObject().logProgress().stream().allMatch(s -> !s.replaying() && s.lag() == 0)) {
                progress.shutdown();
            }
        }, PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
    }
}
