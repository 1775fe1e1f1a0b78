package org.shouhu.query.roster;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.shouhu.events.child.ChildDataErased;
import org.shouhu.query.childfile.ChildFile;
import org.shouhu.query.childfile.ChildFileFold;
import org.shouhu.query.childfile.ChildFiles;
import org.shouhu.query.childfile.ChildCaseStream;
import org.shouhu.query.projections.OnQueryNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The roster (信息台账) and every child's current file: one row per child, updated by folding
 * each of its events onto the stored file (a batch of events at a time: {@link ChildFilesOfTheBatch}).
 */
@Component
@OnQueryNode
@ProcessingGroup(RosterProjection.NAME)
public class RosterProjection {

    public static final String NAME = "roster";

    private final JdbcTemplate jdbc;
    private final ChildFiles files;
    private final ChildFilesOfTheBatch batches;

    public RosterProjection(JdbcTemplate jdbc, ChildFiles files, ChildFilesOfTheBatch batches) {
        this.jdbc = jdbc;
        this.files = files;
        this.batches = batches;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!ChildCaseStream.contains(message)) {
            return;
        }
        UUID childId = UUID.fromString(message.getAggregateIdentifier());
        ChildFilesOfTheBatch.Files batch = batches.ofThisBatch();
        try {
            batch.folded(childId, fold(childId, batch.file(childId), message), message);
        } catch (RuntimeException failed) {
            // The fold changes the file in place: what it left half-done must not be written. Read
            // the file as stored and fold again the events of this batch that went well before.
            List<DomainEventMessage<?>> before = batch.foldedSinceWritten(childId);
            batch.forget(childId);
            for (DomainEventMessage<?> earlier : before) {
                batch.folded(childId, fold(childId, batch.file(childId), earlier), earlier);
            }
            throw failed;
        }
    }

    private ChildFile fold(UUID childId, ChildFile file, DomainEventMessage<?> message) {
        return message.getPayload() instanceof ChildDataErased
                // folded again from events whose personal data no longer opens: what a replay gives
                ? files.through(childId, message.getSequenceNumber()).orElseThrow()
                : ChildFileFold.apply(file, message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.child_file");
    }
}
