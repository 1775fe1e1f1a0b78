package org.shouhu.ops.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ChildRegistered;
import org.shouhu.events.child.ParentStatus;
import org.shouhu.events.child.ParentsMigration;
import org.shouhu.events.child.ResponsibleWorkerAssigned;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.child.RiskLevelAssessed;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.PhoneNumber;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.Sex;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;
import org.shouhu.events.common.VisitId;
import org.shouhu.events.common.WorkerId;
import org.shouhu.events.concerns.ConcernRaised;
import org.shouhu.events.concerns.ConcernSeverity;
import org.shouhu.events.concerns.ConcernSource;
import org.shouhu.events.guardianship.Guardian;
import org.shouhu.events.guardianship.GuardianAssigned;
import org.shouhu.events.guardianship.GuardianCapacity;
import org.shouhu.events.guardianship.GuardianRelation;
import org.shouhu.events.interventions.InterventionClosed;
import org.shouhu.events.interventions.InterventionOpened;
import org.shouhu.events.interventions.InterventionOutcome;
import org.shouhu.events.interventions.InterventionType;
import org.shouhu.events.visits.RiskIndicator;
import org.shouhu.events.visits.VisitKind;
import org.shouhu.events.visits.VisitRecorded;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A synthetic record generated from a seed: the same seed gives the same children and events.
 * Each child has a year of history: registration, guardian, responsible director, a risk
 * assessment, visits spread over the year, and for one in four a concern answered by an
 * intervention opened and closed. {@code district}: 6,000 children in 6 townships of 7 villages,
 * 20 visits each, about 150,000 events; {@code province}: 1,000,000 children in 1,000 townships
 * of 10 villages, 6 visits each, about 10,750,000 events.
 */
public record BenchDataset(String name, int children, int townships, int villagesPerTownship, int visits, long seed) {

    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    static final String CHILD_CASE = "ChildCase";
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"小明", "静雨", "子涵", "浩然", "欣怡", "宇轩", "梓萱", "俊杰", "雨桐", "一诺"};
    private static final String[] FIRST_TOWNSHIPS = {"石洞镇", "拦江镇", "白马镇", "东禅镇", "保石镇", "常理镇"};
    private static final String[] FIRST_VILLAGES = {"青龙村", "红星村", "金桥村", "柏林村", "长春村", "和平村", "新华村"};

    public static BenchDataset named(String name, long seed) {
        return switch (name) {
            case "district" -> new BenchDataset(name, 6_000, 6, 7, 20, seed);
            case "province" -> new BenchDataset(name, 1_000_000, 1_000, 10, 6, seed);
            default -> throw new IllegalArgumentException("dataset must be district or province: " + name);
        };
    }

    /** The same dataset with fewer children (a quick look); the shape stays. */
    public BenchDataset first(int count) {
        int least = Arrays.stream(Benchmark.WRITE_CLIENTS).max().orElse(1);
        if (count < least) {
            // each write client writes to children of its own: fewer would make the clients collide
            throw new IllegalArgumentException("at least " + least + " children, one per write client");
        }
        return new BenchDataset(name, Math.min(count, children), townships, villagesPerTownship, visits, seed);
    }

    public String township(int index) {
        return index < FIRST_TOWNSHIPS.length ? FIRST_TOWNSHIPS[index] : "第" + (index + 1) + "镇";
    }

    public String village(int index) {
        return index < FIRST_VILLAGES.length ? FIRST_VILLAGES[index] : "第" + (index + 1) + "村";
    }

    /** The director of a village: the responsible worker of its children and the actor of their events. */
    public String director(int township, int village) {
        return "director-" + township + "-" + village;
    }

    /** The child of this index: its id and the events of its stream, in order, as the command side writes them. */
    public Child child(int index, LocalDate today) {
        SplittableRandom dice = new SplittableRandom(seed * 1_000_003L + index);
        ChildId childId = new ChildId(new UUID(seed, index));
        int township = index % townships;
        int village = (index / townships) % villagesPerTownship;
        String director = director(township, village);
        MetaData metaData = MetaData.with("actorId", director).and("actorRole", "DIRECTOR")
                .and("actorArea", township(township) + "/" + village(village));
        LocalDate registeredOn = today.minusDays(365);
        LocalDate born = registeredOn.minusYears(3 + dice.nextInt(13)).minusDays(dice.nextInt(365));
        Sex sex = dice.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        String surname = SURNAMES[dice.nextInt(SURNAMES.length)];
        List<Object> payloads = new ArrayList<>();
        payloads.add(new ChildRegistered(childId, new PersonName(surname + GIVEN[dice.nextInt(GIVEN.length)]), sex, born,
                new ResidentId(residentId(born, index)), new Township(township(township)),
                new Village(village(village)), ChildCategory.LEFT_BEHIND, Set.of(),
                new ParentsMigration(ParentStatus.MIGRANT_WORKER_OUT_OF_PROVINCE, ParentStatus.MIGRANT_WORKER_IN_PROVINCE),
                registeredOn));
        payloads.add(new GuardianAssigned(childId, new Guardian(new PersonName(surname + "大爷"),
                GuardianRelation.PATERNAL_GRANDPARENT, new PhoneNumber(String.format("138%08d", index)),
                GuardianCapacity.ADEQUATE), registeredOn));
        payloads.add(new ResponsibleWorkerAssigned(childId, new WorkerId(director), null));
        RiskLevel risk = RiskLevel.values()[dice.nextInt(RiskLevel.values().length)];
        payloads.add(new RiskLevelAssessed(childId, risk, null));
        List<LocalDate> dates = new ArrayList<>(List.of(registeredOn, registeredOn, registeredOn, registeredOn));
        long every = 360L / visits;
        for (int visit = 0; visit < visits; visit++) {
            LocalDate on = registeredOn.plusDays(1 + visit * every + dice.nextInt((int) Math.min(10, every)));
            payloads.add(new VisitRecorded(childId, new VisitId(new UUID(index, visit)), on,
                    visit % 4 == 3 ? VisitKind.PHONE : VisitKind.HOME, true, new Notes("家中整洁，作业完成"),
                    List.of()));
            dates.add(on);
            if (visit == visits / 2 && index % 4 == 0) {
                ConcernId concern = new ConcernId(new UUID(index, 1000));
                InterventionId intervention = new InterventionId(new UUID(index, 2000));
                payloads.add(new ConcernRaised(childId, concern, on, ConcernSource.VISIT, new Notes("监护人身体欠佳"),
                        ConcernSeverity.MEDIUM, on.plusDays(7).atStartOfDay(DISTRICT).toInstant()));
                payloads.add(new InterventionOpened(childId, intervention, InterventionType.ONE_TO_ONE_ASSISTANCE,
                        new Notes("每周电话询问"), on.plusDays(1), concern));
                payloads.add(new InterventionClosed(childId, intervention, on.plusDays(60), InterventionOutcome.GOAL_MET,
                        new Notes("监护人已康复")));
                dates.addAll(List.of(on, on.plusDays(1), on.plusDays(60)));
            }
        }
        List<DomainEventMessage<?>> events = new ArrayList<>(payloads.size());
        for (int sequence = 0; sequence < payloads.size(); sequence++) {
            Instant recorded = dates.get(sequence).atTime(10, sequence % 60).atZone(DISTRICT).toInstant();
            events.add(new GenericDomainEventMessage<>(CHILD_CASE, childId.value().toString(), sequence,
                    payloads.get(sequence), metaData, new UUID(index, 10_000L + sequence).toString(), recorded));
        }
        return new Child(childId, born, township(township), village(village), events);
    }

    public record Child(ChildId childId, LocalDate born, String township, String village,
                        List<DomainEventMessage<?>> events) {
    }

    /** A valid resident ID, distinct for every index (the sequence part and the address code carry it). */
    private static String residentId(LocalDate born, int index) {
        String address = String.format("%06d", 110000 + index / 1000 % 800000);
        String first17 = address + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", index % 1000);
        return first17 + ResidentId.checkCharacter(first17);
    }

    Map<String, Object> describe() {
        return Map.of("name", name, "children", children, "townships", townships,
                "villagesPerTownship", villagesPerTownship, "visitsPerChild", visits, "seed", seed);
    }
}
