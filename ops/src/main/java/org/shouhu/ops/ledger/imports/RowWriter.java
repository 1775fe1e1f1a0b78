package org.shouhu.ops.ledger.imports;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.shouhu.command.rules.ActorAreaCoversTheChild;
import org.shouhu.command.rules.RuleViolation;
import org.shouhu.command.web.MetaDataKeys;
import org.shouhu.events.common.InvalidValueException;
import org.shouhu.events.common.Reason;
import org.shouhu.ops.ledger.LedgerColumn;
import org.shouhu.ops.ledger.LedgerHeader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

/**
 * Records rows: each row's commands, the same the API sends, so a row is recorded whole or not
 * at all. Rows go in batches of one transaction each (a commit per row would make the disk's
 * flush the pace of an import); when a rule the aggregate enforces refuses a row (a race with
 * another registration, say), the batch is rolled back whole and its rows recorded again one
 * transaction each, so that only the refused row is an error. A failure of the system itself
 * stops the import. Every event carries the importing account, the file's name and checksum
 * and the row.
 */
@Component
public class RowWriter {

    /** The command fields the ledger's columns fill, to name the column of a refused command. */
    private static final Map<String, LedgerColumn> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("name", LedgerColumn.NAME), Map.entry("sex", LedgerColumn.SEX),
            Map.entry("dateOfBirth", LedgerColumn.DATE_OF_BIRTH), Map.entry("residentId", LedgerColumn.RESIDENT_ID),
            Map.entry("township", LedgerColumn.TOWNSHIP), Map.entry("village", LedgerColumn.VILLAGE),
            Map.entry("primaryCategory", LedgerColumn.CATEGORY),
            Map.entry("guardian.guardianName", LedgerColumn.GUARDIAN_NAME),
            Map.entry("guardian.relation", LedgerColumn.GUARDIAN_RELATION),
            Map.entry("workerId", LedgerColumn.RESPONSIBLE_WORKER), Map.entry("level", LedgerColumn.RISK_LEVEL));

    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    public RowWriter(CommandGateway commands, TransactionTemplate transaction) {
        this.commands = commands;
        this.transaction = transaction;
    }

    /** @return the plans as recorded, in their order: a refused row's plan replaced by its error */
    List<RowPlan> write(List<RowPlan> batch, ImportRequest request, LedgerHeader header) {
        try {
            transaction.executeWithoutResult(status -> batch.forEach(plan -> send(plan, request)));
            return batch;
        } catch (RuleViolation | InvalidValueException | ActorAreaCoversTheChild.OutOfScope
                 | UnexpectedRollbackException refused) {
            return batch.stream().map(plan -> write(plan, request, header)).toList();
        }
    }

    private void send(RowPlan plan, ImportRequest request) {
        MetaData metaData = metaData(plan.row(), request);
        plan.commands().forEach(command -> commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).withMetaData(metaData)));
    }

    private RowPlan write(RowPlan plan, ImportRequest request, LedgerHeader header) {
        if (plan.commands().isEmpty()) {
            return plan;
        }
        try {
            transaction.executeWithoutResult(status -> send(plan, request));
            return plan;
        } catch (RuleViolation refused) {
            LedgerColumn column = COLUMN_OF_FIELD.get(refused.field());
            return RowPlan.failed(plan.row(), plan.childId(), List.of(new RowError(plan.row(),
                    column == null ? null : header.written(column), column == null ? null : column.name(), null,
                    refused.rule(), refused.getMessage())));
        } catch (InvalidValueException invalid) {
            return RowPlan.failed(plan.row(), plan.childId(), List.of(new RowError(plan.row(), null, null, null,
                    invalid.rule(), invalid.getMessage())));
        } catch (ActorAreaCoversTheChild.OutOfScope outside) {
            return RowPlan.failed(plan.row(), plan.childId(), List.of(new RowError(plan.row(),
                    header.written(LedgerColumn.VILLAGE), LedgerColumn.VILLAGE.name(), null, "area.outside",
                    "you may import children of your own area only")));
        }
    }

    private static MetaData metaData(int row, ImportRequest request) {
        return MetaData.with(MetaDataKeys.ACTOR_ID, request.actor().id())
                .and(MetaDataKeys.ACTOR_ROLE, request.actor().role())
                .and(MetaDataKeys.ACTOR_AREA, request.actor().area().toString())
                .and(MetaDataKeys.CORRELATION_ID, request.jobId())
                .and(MetaDataKeys.REASON, reason(request).value())
                .and(MetaDataKeys.IMPORT_FILE, request.fileName())
                .and(MetaDataKeys.IMPORT_SHA256, request.sha256())
                .and(MetaDataKeys.IMPORT_ROW, row);
    }

    static Reason reason(ImportRequest request) {
        return new Reason("imported from the ledger " + request.fileName()
                + " (SHA-256 " + request.sha256() + ")");
    }
}
