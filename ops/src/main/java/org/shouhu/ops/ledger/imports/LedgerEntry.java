package org.shouhu.ops.ledger.imports;

import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ParentsMigration;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.Sex;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;
import org.shouhu.events.guardianship.Guardian;

import java.time.LocalDate;

/**
 * One child as a ledger row gives it, every value checked by its own type.
 *
 * @param guardian null when the row names none
 * @param worker   the responsible worker as written (an id or a name), null when blank
 * @param risk     null when blank
 */
public record LedgerEntry(int row, PersonName name, Sex sex, LocalDate dateOfBirth, ResidentId residentId,
                          Township township, Village village, ChildCategory category, Guardian guardian,
                          ParentsMigration parents, String worker, RiskLevel risk) {
}
