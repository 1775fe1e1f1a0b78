package org.shouhu.query.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.shouhu.query.childfile.ChildCaseStream;
import org.shouhu.query.childfile.ChildFile;
import org.shouhu.query.childfile.ChildFiles;
import org.shouhu.query.projections.BatchWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The child files a batch of the roster's events works on: read together when the batch begins
 * (one query for all its children), folded in memory event by event, written together just
 * before the batch commits (one round trip). Reading and rewriting a child's whole file for
 * each event, one statement at a time, was what made a replay slow.
 *
 * <p>The concern and approval projections, in the same processing group, read a child's
 * township from its stored file: they ask for the files folded so far to be written first
 * ({@link #writeNow()}).
 */
@Component
public class ChildFilesOfTheBatch {

    private static final String UPSERT = """
            INSERT INTO read_model.child_file (child_id, version, name, township, village, primary_category,
                risk_level, status, responsible_worker, guardian_relation, last_visit_on, registered_on,
                open_interventions, erased, active_flags, next_review_on, file)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            ON CONFLICT (child_id) DO UPDATE SET version = excluded.version, name = excluded.name,
                township = excluded.township, village = excluded.village,
                primary_category = excluded.primary_category, risk_level = excluded.risk_level,
                status = excluded.status, responsible_worker = excluded.responsible_worker,
                guardian_relation = excluded.guardian_relation, last_visit_on = excluded.last_visit_on,
                registered_on = excluded.registered_on, open_interventions = excluded.open_interventions,
                erased = excluded.erased, active_flags = excluded.active_flags,
                next_review_on = excluded.next_review_on, file = excluded.file""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final ChildFiles stored;

    public ChildFilesOfTheBatch(JdbcTemplate jdbc, ObjectMapper objectMapper, ChildFiles stored) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.stored = stored;
    }

    /** One batch's files: as stored when it began, then as folded so far. */
    final class Files {
        private final Map<UUID, ChildFile> files = new HashMap<>();
        /** The events folded onto each file since it was last written: to fold again after a failure. */
        private final Map<UUID, List<DomainEventMessage<?>>> folded = new HashMap<>();
        private final Set<UUID> changed = new LinkedHashSet<>();
        /** Outside a batch each fold is written at once. */
        private final boolean writtenAtOnce;

        private Files(boolean writtenAtOnce) {
            this.writtenAtOnce = writtenAtOnce;
        }

        /** The child's file as this batch has it so far; null when the child has none yet. */
        ChildFile file(UUID childId) {
            if (!files.containsKey(childId)) {
                files.putAll(stored.current(List.of(childId)));
                files.putIfAbsent(childId, null);
            }
            return files.get(childId);
        }

        void folded(UUID childId, ChildFile file, DomainEventMessage<?> message) {
            files.put(childId, file);
            folded.computeIfAbsent(childId, id -> new ArrayList<>()).add(message);
            if (file.childId != null) {
                changed.add(childId);
            }
            if (writtenAtOnce) {
                write();
            }
        }

        /** The events folded onto the child's file since it was last written, in order. */
        List<DomainEventMessage<?>> foldedSinceWritten(UUID childId) {
            return List.copyOf(folded.getOrDefault(childId, List.of()));
        }

        /** Forgets what this batch folded for the child: its file is read again as stored. */
        void forget(UUID childId) {
            files.remove(childId);
            folded.remove(childId);
            changed.remove(childId);
        }

        void write() {
            List<Object[]> rows = new ArrayList<>();
            for (UUID childId : changed) {
                rows.add(row(childId, files.get(childId)));
            }
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(UPSERT, rows);
            }
            changed.clear();
            folded.clear();
        }
    }

    /** The files of the running batch; outside a batch, files written as soon as folded. */
    Files ofThisBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new Files(true);
        }
        return BatchWrites.ofTheBatch(ChildFilesOfTheBatch.class.getName(), batch -> {
            Files files = new Files(false);
            files.files.putAll(stored.current(childrenOf(batch)));
            return files;
        }, Files::write);
    }

    /** Writes the files folded so far in this batch, for a statement that reads them. */
    public void writeNow() {
        if (CurrentUnitOfWork.isStarted()) {
            ofThisBatch().write();
        }
    }

    private static List<UUID> childrenOf(UnitOfWork<?> batch) {
        List<UUID> children = new ArrayList<>();
        if (batch instanceof BatchingUnitOfWork<?> events) {
            for (Message<?> message : events.getMessages()) {
                if (message instanceof DomainEventMessage<?> event && ChildCaseStream.contains(event)) {
                    children.add(UUID.fromString(event.getAggregateIdentifier()));
                }
            }
        }
        return children;
    }

    private Object[] row(UUID childId, ChildFile file) {
        String json;
        try {
            json = objectMapper.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a child file cannot be written", e);
        }
        // an erased child keeps its place in the ledger's order with an empty name
        return new Object[]{childId, file.version, file.name == null ? "" : file.name, file.township, file.village,
                file.primaryCategory, file.riskLevel, file.status, file.responsibleWorker,
                file.guardian == null ? null : file.guardian.relation, file.lastVisitOn, file.registeredOn,
                file.openInterventions(), file.erased, file.flags.size(), file.nextReviewDue(), json};
    }
}
