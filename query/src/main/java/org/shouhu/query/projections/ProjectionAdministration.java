package org.shouhu.query.projections;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.springboot.EventProcessorProperties;
import org.shouhu.query.history.ChildHistoryProjection;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.workforce.WorkforceProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Drops the read models and rebuilds them by replaying the event store from its first event,
 * and tells how far each has got. A rebuild resets the processor's token: Axon then calls the
 * projection's reset handler (which empties its tables) and replays every event.
 */
@Component
public class ProjectionAdministration {

    public static final List<String> READ_MODELS = List.of(RosterProjection.NAME, ChildHistoryProjection.NAME,
            WorkforceProjection.NAME);
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionAdministration.class);
    private static final java.time.Duration SETTLE_TIMEOUT = java.time.Duration.ofSeconds(30);
    private static final java.time.Duration SETTLE_POLL = java.time.Duration.ofMillis(50);

    private final EventProcessingConfiguration processing;
    private final ProjectionPositions positions;
    private final EventProcessorProperties processorProperties;

    public ProjectionAdministration(EventProcessingConfiguration processing, ProjectionPositions positions,
                                    EventProcessorProperties processorProperties) {
        this.processing = processing;
        this.positions = positions;
        this.processorProperties = processorProperties;
    }

    public record ProjectionStatus(String name, long position, long headPosition, long lag, boolean replaying,
                                   String status) {
    }

    public List<ProjectionStatus> status() {
        long head = positions.headPosition();
        List<ProjectionStatus> statuses = new ArrayList<>();
        for (String name : READ_MODELS) {
            TrackingEventProcessor processor = processor(name);
            long position = positions.position(name);
            boolean replaying = processor.isReplaying();
            String state = processor.isError() ? "ERROR" : !processor.isRunning() ? "STOPPED"
                    : replaying ? "REPLAYING" : "RUNNING";
            statuses.add(new ProjectionStatus(name, position, head, Math.max(0, head - position), replaying, state));
        }
        return statuses;
    }

    /** @param names the read models to rebuild; empty means all */
    public synchronized List<ProjectionStatus> rebuild(Collection<String> names) {
        List<String> chosen = names == null || names.isEmpty() ? READ_MODELS : List.copyOf(names);
        for (String name : chosen) {
            if (!READ_MODELS.contains(name)) {
                throw new org.shouhu.query.paging.InvalidParameter("names", "enum",
                        "names must be among " + READ_MODELS);
            }
        }
        for (String name : chosen) {
            TrackingEventProcessor processor = processor(name);
            awaitClaimed(processor);
            processor.shutDown();
            try {
                resetWhenStopped(processor);
            } catch (UnableToClaimTokenException heldElsewhere) {
                startAndConfirm(processor);
                throw new ResponseStatusException(HttpStatus.CONFLICT, "Another node holds segments of " + name
                        + ": rebuild from one query node with the others stopped (docs/operations.md)");
            }
            forgetDeadLetters(name);
            startAndConfirm(processor);
            LOG.info("Read model {} is being rebuilt from the first event; store head at {}", name,
                    positions.headPosition());
        }
        return status();
    }

    /**
     * Resets every read model's processor before it has started: its first run is then a full
     * replay. A processor whose stored segments are not as many as configured
     * ({@code axon.eventhandling.processors.<name>.initial-segment-count}) loses its tokens first,
     * and starts again from the first event with the configured count: this is how the
     * segments of an existing store are changed (every other node stopped).
     */
    public void resetBeforeStart() {
        for (String name : READ_MODELS) {
            forgetDeadLetters(name);
            int configured = configuredSegments(name);
            int stored = positions.segments(name);
            if (stored > 0 && stored != configured) {
                positions.forgetSegments(name);
                LOG.info("Read model {} goes from {} to {} segments", name, stored, configured);
            }
            processor(name).resetTokens();
            LOG.info("Read model {} will be rebuilt from the first event; store head at {}", name,
                    positions.headPosition());
        }
    }

    /** Logs the progress of replays, so an operator can follow a rebuild in the log; returns what it logged. */
    public List<ProjectionStatus> logProgress() {
        List<ProjectionStatus> statuses = status();
        for (ProjectionStatus status : statuses) {
            LOG.info("Read model {}: position {} of {} ({})", status.name(), status.position(), status.headPosition(),
                    status.status());
        }
        return statuses;
    }

    /**
     * A processor that is still claiming its segment when told to shut down may leave its
     * launcher running past the shutdown (seen with Axon 4.13 right after start); so a rebuild
     * first lets a starting processor settle.
     */
    private static void awaitClaimed(TrackingEventProcessor processor) {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (processor.isRunning() && processor.processingStatus().isEmpty() && System.nanoTime() < deadline) {
            pause();
        }
    }

    /** Starts the processor, and starts it again should it not claim its segment (the race above). */
    private static void startAndConfirm(TrackingEventProcessor processor) {
        processor.start();
        awaitClaimed(processor);
        if (processor.processingStatus().isEmpty()) {
            LOG.warn("Processor {} did not claim its segment after a restart; restarting it", processor.getName());
            processor.shutDown();
            processor.start();
        }
    }

    private static void resetWhenStopped(TrackingEventProcessor processor) {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (true) {
            try {
                processor.resetTokens();
                return;
            } catch (IllegalStateException stillStopping) {
                if (System.nanoTime() > deadline) {
                    throw stillStopping;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(SETTLE_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding read models", e);
        }
    }

    /**
     * A replay meets every event again, the ones that failed included: their old dead letters
     * would otherwise hold back every later event of the same child and the rebuilt model
     * would lack it. What still fails is dead-lettered anew.
     */
    private void forgetDeadLetters(String name) {
        processing.deadLetterQueue(name).ifPresent(SequencedDeadLetterQueue::clear);
    }

    private int configuredSegments(String name) {
        EventProcessorProperties.ProcessorSettings settings = processorProperties.getProcessors().get(name);
        return settings == null || settings.getInitialSegmentCount() == null ? 1 : settings.getInitialSegmentCount();
    }

    private TrackingEventProcessor processor(String name) {
        return processing.eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no tracking processor " + name));
    }
}
