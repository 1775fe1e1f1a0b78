package org.shouhu.query.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.util.UUID;

/**
 * The roster (信息台账) and every child's current file: one row per child, updated by folding
 * each of its events onto the stored file.
 */
@Component
@OnQueryNode
@ProcessingGroup(RosterProjection.NAME)
public class RosterProjection {

    public static final String NAME = "roster";

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final ChildFiles files;

    public RosterProjection(JdbcTemplate jdbc, ObjectMapper objectMapper, ChildFiles files) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.files = files;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!ChildCaseStream.contains(message)) {
            return;
        }
        UUID childId = UUID.fromString(message.getAggregateIdentifier());
        ChildFile file = event instanceof ChildDataErased
                // folded again from events whose personal data no longer opens: what a replay gives
                ? files.through(childId, message.getSequenceNumber()).orElseThrow()
                : ChildFileFold.apply(files.current(childId).orElse(null), message);
        if (file.childId != null) {
            save(childId, file);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.child_file");
    }

    private void save(UUID childId, ChildFile file) {
        String json;
        try {
            json = objectMapper.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a child file cannot be written", e);
        }
        jdbc.update("""
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
                    next_review_on = excluded.next_review_on, file = excluded.file""",
                // an erased child keeps its place in the ledger's order with an empty name
                childId, file.version, file.name == null ? "" : file.name, file.township, file.village, file.primaryCategory, file.riskLevel,
                file.status, file.responsibleWorker, file.guardian == null ? null : file.guardian.relation,
                file.lastVisitOn, file.registeredOn, file.openInterventions(), file.erased, file.flags.size(), file.nextReviewDue(), json);
    }
}
