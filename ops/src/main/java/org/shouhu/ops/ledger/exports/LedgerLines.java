package org.shouhu.ops.ledger.exports;

import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ParentStatus;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.Sex;
import org.shouhu.events.guardianship.GuardianCapacity;
import org.shouhu.events.guardianship.GuardianRelation;
import org.shouhu.ops.ledger.LedgerColumn;
import org.shouhu.ops.ledger.LedgerVocabulary;
import org.shouhu.ops.ledger.imports.WorkerDirectory;
import org.shouhu.query.childfile.ChildFile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A child's file as a ledger line, the columns in {@link LedgerColumn} order and the values in
 * the ledger's words: what the template's header announces, so an export imports again unchanged.
 */
final class LedgerLines {

    private LedgerLines() {
    }

    static List<String> header() {
        return Stream.of(LedgerColumn.values()).map(LedgerColumn::header).toList();
    }

    static List<String> of(ChildFile file, WorkerDirectory workers) {
        ChildFile.Guardian guardian = file.guardian;
        Map<LedgerColumn, String> line = new EnumMap<>(LedgerColumn.class);
        line.put(LedgerColumn.NAME, file.name);
        line.put(LedgerColumn.SEX, label(LedgerVocabulary.SEX, Sex.class, file.sex));
        line.put(LedgerColumn.DATE_OF_BIRTH, file.dateOfBirth == null ? null : file.dateOfBirth.toString());
        line.put(LedgerColumn.RESIDENT_ID, file.residentId);
        line.put(LedgerColumn.TOWNSHIP, file.township);
        line.put(LedgerColumn.VILLAGE, file.village);
        line.put(LedgerColumn.CATEGORY, label(LedgerVocabulary.CATEGORY, ChildCategory.class, file.primaryCategory));
        if (guardian != null) {
            line.put(LedgerColumn.GUARDIAN_NAME, guardian.name);
            line.put(LedgerColumn.GUARDIAN_RELATION,
                    label(LedgerVocabulary.RELATION, GuardianRelation.class, guardian.relation));
            line.put(LedgerColumn.GUARDIAN_PHONE, guardian.phone);
            line.put(LedgerColumn.GUARDIAN_CAPACITY,
                    label(LedgerVocabulary.CAPACITY, GuardianCapacity.class, guardian.capacity));
        }
        if (file.parents != null) {
            line.put(LedgerColumn.FATHER, label(LedgerVocabulary.PARENT, ParentStatus.class, file.parents.father()));
            line.put(LedgerColumn.MOTHER, label(LedgerVocabulary.PARENT, ParentStatus.class, file.parents.mother()));
        }
        if (file.responsibleWorker != null) {
            line.put(LedgerColumn.RESPONSIBLE_WORKER,
                    workers.exportedAs(file.responsibleWorker, file.township, file.village));
        }
        line.put(LedgerColumn.RISK_LEVEL, label(LedgerVocabulary.RISK, RiskLevel.class, file.riskLevel));
        return Stream.of(LedgerColumn.values()).map(column -> Objects.toString(line.get(column), "")).toList();
    }

    private static <E extends Enum<E>> String label(LedgerVocabulary<E> words, Class<E> type, String code) {
        return code == null ? "" : words.label(Enum.valueOf(type, code));
    }
}
