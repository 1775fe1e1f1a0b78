package org.shouhu.ops.ledger.imports;

import org.shouhu.command.child.AssessRiskLevel;
import org.shouhu.command.child.AssignResponsibleWorker;
import org.shouhu.command.child.ChangeCategory;
import org.shouhu.command.child.ChangeResidence;
import org.shouhu.command.child.RegisterChild;
import org.shouhu.command.corrections.CorrectEntry;
import org.shouhu.command.guardianship.ChangeGuardianship;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.EventId;
import org.shouhu.events.common.InvalidValueException;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.WorkerId;
import org.shouhu.events.guardianship.Guardian;
import org.shouhu.ops.ledger.LedgerColumn;
import org.shouhu.ops.ledger.LedgerHeader;
import org.shouhu.query.childfile.ChildFile;
import org.shouhu.query.childfile.ChildFiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what one parsed row does. A child not in the record is registered (then given its
 * worker and risk level); a child found by resident ID is changed only where the file differs,
 * each difference by the command that records it as what it is: a move, a new category, a new
 * guardian, a corrected name. What the record does not let a file change (the date of birth, a
 * closed case) is an error of the row. Parents' situation and guardian capacity are taken at
 * registration only: no command changes them afterwards.
 */
final class RowPlanner {

    private final RegisteredChildren children;
    private final ChildFiles files;
    private final WorkerDirectory workers;
    private final LedgerHeader header;
    private final Area importerArea;
    private final Reason reason;
    private final LocalDate today;

    RowPlanner(RegisteredChildren children, ChildFiles files, WorkerDirectory workers, LedgerHeader header,
               Area importerArea, Reason reason, LocalDate today) {
        this.children = children;
        this.files = files;
        this.workers = workers;
        this.header = header;
        this.importerArea = importerArea;
        this.reason = reason;
        this.today = today;
    }

    RowPlan plan(LedgerEntry entry) {
        String township = entry.township().value();
        String village = entry.village().value();
        WorkerId worker;
        try {
            worker = entry.worker() == null ? null : workers.resolve(entry.worker(), township, village);
        } catch (InvalidValueException unknown) {
            return RowPlan.failed(entry.row(), null, List.of(error(entry, LedgerColumn.RESPONSIBLE_WORKER,
                    entry.worker(), unknown.rule(), unknown.getMessage())));
        }
        if (!importerArea.covers(township, village)) {
            return RowPlan.failed(entry.row(), null, List.of(error(entry, LedgerColumn.VILLAGE, village,
                    "area.outside", "you may import children of your own area only")));
        }
        if (entry.dateOfBirth().isAfter(today)) {
            return RowPlan.failed(entry.row(), null, List.of(error(entry, LedgerColumn.DATE_OF_BIRTH,
                    entry.dateOfBirth().toString(), "date.in-future", "the date of birth is in the future")));
        }
        Optional<ChildId> known = children.byResidentId(entry.residentId());
        if (known.isEmpty()) {
            return registration(entry, worker);
        }
        ChildFile file = files.through(known.get().value(), Long.MAX_VALUE)
                .orElseThrow(() -> new IllegalStateException("a claimed resident ID without its child's events"));
        return update(entry, worker, known.get(), file);
    }

    private RowPlan registration(LedgerEntry entry, WorkerId worker) {
        ChildId childId = ChildId.generate();
        List<Object> commands = new ArrayList<>();
        commands.add(new RegisterChild(childId, entry.name(), entry.sex(), entry.dateOfBirth(), entry.residentId(),
                entry.township(), entry.village(), entry.category(), Set.of(), entry.parents(), entry.guardian(),
                null));
        if (worker != null) {
            commands.add(new AssignResponsibleWorker(childId, worker, reason));
        }
        if (entry.risk() != null) {
            commands.add(new AssessRiskLevel(childId, entry.risk(), reason));
        }
        return new RowPlan(entry.row(), ImportAction.CREATE, childId.toString(), List.of(), commands, List.of());
    }

    private RowPlan update(LedgerEntry entry, WorkerId worker, ChildId childId, ChildFile file) {
        if (!importerArea.covers(file.township, file.village)) {
            return RowPlan.failed(entry.row(), null, List.of(error(entry, LedgerColumn.RESIDENT_ID, null,
                    "resident-id.unique", "another child is already registered with this resident ID")));
        }
        if (!entry.dateOfBirth().equals(file.dateOfBirth)) {
            return RowPlan.failed(entry.row(), childId.toString(), List.of(error(entry, LedgerColumn.DATE_OF_BIRTH,
                    entry.dateOfBirth().toString(), "date-of-birth.differs", "the child of this resident ID is"
                            + " registered with another date of birth; a resident ID and date of birth never change")));
        }
        List<String> changes = new ArrayList<>();
        List<Object> commands = new ArrayList<>();
        EventId registration = EventId.of(registrationEvent(file));
        if (!entry.name().value().equals(file.name)) {
            changes.add("name");
            commands.add(new CorrectEntry(childId, registration, "name", entry.name().value(), reason));
        }
        if (!entry.sex().name().equals(file.sex)) {
            changes.add("sex");
            commands.add(new CorrectEntry(childId, registration, "sex", entry.sex().name(), reason));
        }
        if (!entry.township().value().equals(file.township) || !entry.village().value().equals(file.village)) {
            changes.add("residence");
            commands.add(new ChangeResidence(childId, entry.township(), entry.village(), today, reason));
        }
        if (!entry.category().name().equals(file.primaryCategory)) {
            changes.add("category");
            Set<ChildCategory> tags = file.tags.stream().map(ChildCategory::valueOf)
                    .filter(tag -> tag != entry.category())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChildCategory.class)));
            commands.add(new ChangeCategory(childId, entry.category(), tags, reason));
        }
        guardianChanges(entry.guardian(), file, childId, changes, commands);
        if (worker != null && !worker.value().equals(file.responsibleWorker)) {
            changes.add("responsibleWorker");
            commands.add(new AssignResponsibleWorker(childId, worker, reason));
        }
        if (entry.risk() != null && !entry.risk().name().equals(file.riskLevel)) {
            changes.add("riskLevel");
            commands.add(new AssessRiskLevel(childId, entry.risk(), reason));
        }
        if (commands.isEmpty()) {
            return new RowPlan(entry.row(), ImportAction.UNCHANGED, childId.toString(), List.of(), List.of(), List.of());
        }
        if ("CLOSED".equals(file.status)) {
            return RowPlan.failed(entry.row(), childId.toString(), List.of(new RowError(entry.row(), null, null, null,
                    "case.closed", "the case of this child is closed; reopen it before changing it (differs: "
                    + String.join(", ", changes) + ")")));
        }
        return new RowPlan(entry.row(), ImportAction.UPDATE, childId.toString(), changes, commands, List.of());
    }

    /**
     * Another person or relation is a change of guardian; the same guardian with another phone
     * number is a correction of the number. A file without a guardian leaves the record's.
     */
    private void guardianChanges(Guardian guardian, ChildFile file, ChildId childId, List<String> changes,
                                 List<Object> commands) {
        if (guardian == null) {
            return;
        }
        ChildFile.Guardian recorded = file.guardian;
        if (recorded == null || !guardian.name().value().equals(recorded.name)
                || !guardian.relation().name().equals(recorded.relation)) {
            changes.add("guardian");
            commands.add(new ChangeGuardianship(childId, guardian, today, reason));
        } else if (guardian.phone() != null && !guardian.phone().value().equals(recorded.phone)) {
            changes.add("guardianPhone");
            commands.add(new CorrectEntry(childId, EventId.of(file.trail.guardianEvent), "phone",
                    guardian.phone().value(), reason));
        }
    }

    private static String registrationEvent(ChildFile file) {
        return file.trail.setBy.entrySet().stream().filter(set -> set.getValue().equals("registration"))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("a child file without its registration"));
    }

    private RowError error(LedgerEntry entry, LedgerColumn column, String value, String rule, String message) {
        return new RowError(entry.row(), header.written(column), column.name(), Objects.toString(value, null), rule,
                message);
    }
}
