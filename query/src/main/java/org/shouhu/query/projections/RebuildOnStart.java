package org.shouhu.query.projections;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code --shouhu.projections.rebuild-on-start=true}: once the application has started, drop
 * the read models and rebuild them by replay, logging progress every few seconds until done.
 */
@Component
@ConditionalOnProperty(prefix = "shouhu.projections", name = "rebuild-on-start", havingValue = "true")
public class RebuildOnStart {

    private static final long PROGRESS_SECONDS = 5;

    private final ProjectionAdministration administration;

    public RebuildOnStart(ProjectionAdministration administration) {
        this.administration = administration;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuild() {
        administration.rebuild(List.of());
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rebuild-progress");
            thread.setDaemon(true);
            return thread;
        });
        progress.scheduleAtFixedRate(() -> {
            administration.logProgress();
            if (administration.status().stream().allMatch(s -> !s.replaying() && s.lag() == 0)) {
                progress.shutdown();
            }
        }, PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
    }
}
