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
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

/**
 * Records one row: its commands, the same the API sends, in one transaction, so a row is
 * recorded whole or not at all. Every event carries the importing account, the file's name and
 * checksum and the row. A rule the aggregate enforces (a race with another registration, say)
 * makes the row an error; a failure of the system itself stops the import.
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

    RowPlan write(RowPlan plan, ImportRequest request, LedgerHeader header) {
        MetaData metaData = metaData(plan.row(), request);
        try {
            transaction.executeWithoutResult(status -> plan.commands().forEach(command -> commands.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).withMetaData(metaData))));
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
