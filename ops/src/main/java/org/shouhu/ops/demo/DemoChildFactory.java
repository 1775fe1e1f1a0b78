package org.shouhu.ops.demo;

import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ParentStatus;
import org.shouhu.events.child.ParentsMigration;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.PhoneNumber;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.Sex;
import org.shouhu.events.guardianship.Guardian;
import org.shouhu.events.guardianship.GuardianCapacity;
import org.shouhu.events.guardianship.GuardianRelation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.shouhu.events.child.ParentStatus.AT_HOME;
import static org.shouhu.events.child.ParentStatus.DECEASED;
import static org.shouhu.events.child.ParentStatus.INCARCERATED;
import static org.shouhu.events.child.ParentStatus.MIGRANT_WORKER_IN_PROVINCE;
import static org.shouhu.events.child.ParentStatus.MIGRANT_WORKER_OUT_OF_PROVINCE;
import static org.shouhu.events.child.ParentStatus.MISSING;
import static org.shouhu.events.child.ParentStatus.UNKNOWN;
import static org.shouhu.events.guardianship.GuardianRelation.ENTRUSTED_NON_RELATIVE;
import static org.shouhu.events.guardianship.GuardianRelation.INSTITUTION;
import static org.shouhu.events.guardianship.GuardianRelation.MATERNAL_GRANDPARENT;
import static org.shouhu.events.guardianship.GuardianRelation.OTHER_RELATIVE;
import static org.shouhu.events.guardianship.GuardianRelation.PARENT;
import static org.shouhu.events.guardianship.GuardianRelation.PATERNAL_GRANDPARENT;
import static org.shouhu.ops.demo.DemoDice.w;

/**
 * Makes one synthetic child for a slot of the category mix: name, sex, date of birth (0 to 17
 * years before today), a valid and unique resident ID, a place, its parents' whereabouts, a
 * guardian that fits its category, secondary tags and the risk level its history will show.
 */
final class DemoChildFactory {

    private final DemoDistrict district;
    private final DemoDice dice;
    private final DemoNames names;
    private final DemoResidentIds residentIds;
    private final LocalDate today;

    DemoChildFactory(DemoDistrict district, DemoDice dice, LocalDate today) {
        this.district = district;
        this.dice = dice;
        this.names = new DemoNames(dice);
        this.residentIds = new DemoResidentIds(dice);
        this.today = today;
    }

    DemoChild create(DemoCategoryMix.Slot slot) {
        ChildCategory category = slot.category();
        Sex sex = dice.chance(52) ? Sex.MALE : Sex.FEMALE;
        LocalDate dateOfBirth = dice.dayBetween(today.minusYears(18).plusDays(1), today);
        String surname = names.surname();
        PersonName name = names.child(surname, sex);
        ResidentId residentId = residentIds.next(dateOfBirth, sex);
        DemoDistrict.Place place = switch (category) {
            case URBAN_SUBSISTENCE -> district.community(dice);
            case LEFT_BEHIND, RURAL_SUBSISTENCE -> district.village(dice);
            default -> district.anywhere(dice);
        };
        ParentsMigration parents = parents(category);
        GuardianRelation relation = relation(slot, parents);
        Guardian guardian = guardian(relation, surname, parents);
        LocalDate guardianSince = guardianSince(category, relation, dateOfBirth);
        Set<ChildCategory> tags = tags(category, place);
        RiskLevel risk = risk(category, guardian.capacity());
        return new DemoChild(ChildId.generate(), name, surname, sex, dateOfBirth, residentId, place, category, tags,
                parents, guardian, guardianSince, risk);
    }

    private ParentsMigration parents(ChildCategory category) {
        return switch (category) {
            // both parents away for work, or one away and the other unable to care (国发〔2016〕13号)
            case LEFT_BEHIND -> dice.chance(80)
                    ? new ParentsMigration(migrant(), migrant())
                    : dice.chance(75)
                    ? new ParentsMigration(migrant(), dice.one(List.of(DECEASED, MISSING, INCARCERATED)))
                    : new ParentsMigration(dice.one(List.of(DECEASED, MISSING, INCARCERATED)), migrant());
            case ORPHAN -> dice.chance(85) ? new ParentsMigration(DECEASED, DECEASED)
                    : dice.chance(50) ? new ParentsMigration(DECEASED, MISSING) : new ParentsMigration(MISSING, DECEASED);
            case DE_FACTO_UNSUPPORTED -> dice.one(List.of(
                    new ParentsMigration(INCARCERATED, MISSING), new ParentsMigration(DECEASED, MISSING),
                    new ParentsMigration(DECEASED, INCARCERATED), new ParentsMigration(MISSING, MISSING),
                    new ParentsMigration(INCARCERATED, DECEASED), new ParentsMigration(MISSING, DECEASED)));
            case EXTREME_POVERTY -> dice.one(List.of(new ParentsMigration(DECEASED, DECEASED),
                    new ParentsMigration(DECEASED, MISSING), new ParentsMigration(UNKNOWN, DECEASED)));
            case DISABLED, URBAN_SUBSISTENCE, RURAL_SUBSISTENCE -> dice.weighted(w(70, 15, 10, 5),
                    new ParentsMigration(AT_HOME, AT_HOME),
                    new ParentsMigration(migrant(), AT_HOME),
                    new ParentsMigration(AT_HOME, dice.chance(50) ? MISSING : DECEASED),
                    new ParentsMigration(DECEASED, AT_HOME));
        };
    }

    private ParentStatus migrant() {
        return dice.chance(65) ? MIGRANT_WORKER_OUT_OF_PROVINCE : MIGRANT_WORKER_IN_PROVINCE;
    }

    private GuardianRelation relation(DemoCategoryMix.Slot slot, ParentsMigration parents) {
        return switch (slot.category()) {
            case LEFT_BEHIND -> slot.inGrandparentsCare()
                    ? (dice.chance(75) ? PATERNAL_GRANDPARENT : MATERNAL_GRANDPARENT)
                    : (dice.chance(75) ? OTHER_RELATIVE : ENTRUSTED_NON_RELATIVE);
            case ORPHAN -> dice.weighted(w(45, 20, 10, 20, 5),
                    OTHER_RELATIVE, PATERNAL_GRANDPARENT, MATERNAL_GRANDPARENT, INSTITUTION, ENTRUSTED_NON_RELATIVE);
            case DE_FACTO_UNSUPPORTED -> dice.weighted(w(40, 25, 10, 10, 15),
                    OTHER_RELATIVE, PATERNAL_GRANDPARENT, MATERNAL_GRANDPARENT, INSTITUTION, ENTRUSTED_NON_RELATIVE);
            case EXTREME_POVERTY -> dice.chance(50) ? INSTITUTION : OTHER_RELATIVE;
            case DISABLED, URBAN_SUBSISTENCE, RURAL_SUBSISTENCE ->
                    parents.father() == AT_HOME || parents.mother() == AT_HOME ? PARENT : PATERNAL_GRANDPARENT;
        };
    }

    private Guardian guardian(GuardianRelation relation, String surname, ParentsMigration parents) {
        if (relation == INSTITUTION) {
            return new Guardian(DemoNames.WELFARE_HOME, INSTITUTION, DemoNames.WELFARE_HOME_PHONE,
                    GuardianCapacity.ADEQUATE);
        }
        PersonName name = switch (relation) {
            case PATERNAL_GRANDPARENT -> grandparent(surname);
            case MATERNAL_GRANDPARENT -> grandparent(null);
            case PARENT -> parents.mother() == AT_HOME && (parents.father() != AT_HOME || dice.chance(60))
                    ? names.adult(null, false) : names.adult(surname, true);
            case OTHER_RELATIVE -> dice.chance(50) ? names.adult(surname, true)
                    : names.adult(dice.chance(50) ? surname : null, false);
            default -> names.adult(null, dice.chance(40));
        };
        boolean grandparent = relation == PATERNAL_GRANDPARENT || relation == MATERNAL_GRANDPARENT;
        PhoneNumber phone = dice.chance(grandparent ? 90 : 97) ? names.mobile() : null;
        GuardianCapacity capacity = grandparent
                ? dice.weighted(w(68, 28, 4), GuardianCapacity.ADEQUATE, GuardianCapacity.LIMITED, GuardianCapacity.INCAPABLE)
                : dice.weighted(w(86, 12, 2), GuardianCapacity.ADEQUATE, GuardianCapacity.LIMITED, GuardianCapacity.INCAPABLE);
        return new Guardian(name, relation, phone, capacity);
    }

    /** A grandmother more often than a grandfather; a paternal grandfather shares the child's surname. */
    private PersonName grandparent(String paternalSurname) {
        boolean grandfather = dice.chance(40);
        return names.grandparent(grandfather ? paternalSurname : null, grandfather);
    }

    private LocalDate guardianSince(ChildCategory category, GuardianRelation relation, LocalDate dateOfBirth) {
        if (relation == PARENT) {
            return dateOfBirth;
        }
        int ageInDays = (int) ChronoUnit.DAYS.between(dateOfBirth, today);
        if (category == ChildCategory.LEFT_BEHIND && ageInDays > 180) {
            // parents mostly leave for work between the child's first half-year and fourth birthday
            return dateOfBirth.plusDays(dice.between(180, Math.min(ageInDays, 4 * 365)));
        }
        return dateOfBirth.plusDays(dice.between(0, ageInDays));
    }

    private Set<ChildCategory> tags(ChildCategory category, DemoDistrict.Place place) {
        ChildCategory subsistence = place.community() ? ChildCategory.URBAN_SUBSISTENCE : ChildCategory.RURAL_SUBSISTENCE;
        Set<ChildCategory> tags = EnumSet.noneOf(ChildCategory.class);
        switch (category) {
            case LEFT_BEHIND -> {
                addIf(tags, 18, ChildCategory.RURAL_SUBSISTENCE);
                addIf(tags, 3, ChildCategory.DISABLED);
            }
            case DISABLED -> addIf(tags, 35, subsistence);
            case URBAN_SUBSISTENCE, RURAL_SUBSISTENCE -> addIf(tags, 8, ChildCategory.DISABLED);
            case ORPHAN -> addIf(tags, 10, ChildCategory.DISABLED);
            case DE_FACTO_UNSUPPORTED -> {
                addIf(tags, 25, subsistence);
                addIf(tags, 10, ChildCategory.DISABLED);
            }
            case EXTREME_POVERTY -> addIf(tags, 30, ChildCategory.DISABLED);
        }
        return Collections.unmodifiableSet(tags);
    }

    private void addIf(Set<ChildCategory> tags, int percent, ChildCategory tag) {
        if (dice.chance(percent)) {
            tags.add(tag);
        }
    }

    private RiskLevel risk(ChildCategory category, GuardianCapacity capacity) {
        int[] weights = switch (category) {
            case LEFT_BEHIND -> w(76, 18, 5, 1);
            case DISABLED -> w(66, 24, 8, 2);
            case URBAN_SUBSISTENCE, RURAL_SUBSISTENCE -> w(80, 15, 4, 1);
            case EXTREME_POVERTY -> w(40, 40, 15, 5);
            case ORPHAN -> w(50, 30, 15, 5);
            case DE_FACTO_UNSUPPORTED -> w(45, 30, 18, 7);
        };
        RiskLevel level = dice.weighted(weights, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.CRITICAL);
        if (capacity == GuardianCapacity.INCAPABLE && level.compareTo(RiskLevel.HIGH) < 0) {
            return RiskLevel.HIGH;
        }
        if (capacity == GuardianCapacity.LIMITED && level != RiskLevel.CRITICAL && dice.chance(30)) {
            return RiskLevel.values()[level.ordinal() + 1];
        }
        return level;
    }
}
