package org.shouhu.command.child;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.shouhu.command.attachments.AttachmentContent;
import org.shouhu.command.attachments.AttachmentStore;
import org.shouhu.command.erasure.PersonalDataKeys;
import org.shouhu.command.partners.PartnerRegister;
import org.shouhu.command.rules.RuleViolation;
import org.shouhu.command.workers.WorkerRegister;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ChildRegistered;
import org.shouhu.events.child.ParentsMigration;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.partners.PartnerId;
import org.shouhu.events.common.EventId;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.PhoneNumber;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.Sex;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;
import org.shouhu.events.guardianship.Guardian;
import org.shouhu.events.guardianship.GuardianAssigned;
import org.shouhu.events.guardianship.GuardianCapacity;
import org.shouhu.events.guardianship.GuardianRelation;

import org.shouhu.command.concerns.ConcernProperties;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.concerns.ConcernRaised;
import org.shouhu.events.concerns.ConcernSeverity;
import org.shouhu.events.concerns.ConcernSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The given/when/then fixture of {@link ChildCase}, with a fixed "today" and the facts most tests start from. */
public final class ChildCaseFixture {

    public static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    /** The moment "now" of every fixture: today, half past nine in the district. */
    public static final Instant NOW = TODAY.atTime(9, 30).atZone(DISTRICT).toInstant();
    /** The triage times of application.yml. */
    public static final ConcernProperties TRIAGE = new ConcernProperties(Map.of(ConcernSeverity.CRITICAL,
            Duration.ofHours(24), ConcernSeverity.HIGH, Duration.ofDays(3), ConcernSeverity.MEDIUM, Duration.ofDays(7),
            ConcernSeverity.LOW, Duration.ofDays(14)), ConcernSeverity.MEDIUM);
    public static final LocalDate BORN = LocalDate.of(2015, 3, 12);
    public static final ChildId CHILD = ChildId.of("3f0c1a52-8f7e-4d43-9a55-0b8f3c1e2d11");
    public static final ResidentId RESIDENT_ID = residentId(BORN, 123);
    public static final Guardian GRANDMOTHER = new Guardian(new PersonName("张奶奶"),
            GuardianRelation.PATERNAL_GRANDPARENT, new PhoneNumber("13800001111"), GuardianCapacity.LIMITED);
    public static final Guardian AUNT = new Guardian(new PersonName("李秀英"), GuardianRelation.OTHER_RELATIVE,
            new PhoneNumber("13900002222"), GuardianCapacity.ADEQUATE);

    /** The partner organisation the fixtures refer children to; any other is unknown. */
    public static final PartnerId SCHOOL = PartnerId.of("7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private static final PartnerRegister KNOWN_PARTNERS = new PartnerRegister() {
        @Override
        public void register(PartnerId partnerId) {
            throw new UnsupportedOperationException("the fixtures know one partner");
        }

        @Override
        public boolean knows(PartnerId partnerId) {
            return SCHOOL.equals(partnerId);
        }
    };

    private ChildCaseFixture() {
    }

    public static AggregateTestFixture<ChildCase> fixture() {
        return fixture(new InMemoryResidentIds());
    }

    public static AggregateTestFixture<ChildCase> fixture(ResidentIdRegistry residentIds) {
        return fixture(residentIds, new InMemoryDataKeys());
    }

    public static AggregateTestFixture<ChildCase> fixture(ResidentIdRegistry residentIds, PersonalDataKeys keys) {
        return fixture(residentIds, keys, InMemoryWorkers.ofTheChildsVillage());
    }

    public static AggregateTestFixture<ChildCase> fixture(ResidentIdRegistry residentIds, PersonalDataKeys keys,
                                                          WorkerRegister workers) {
        AggregateTestFixture<ChildCase> fixture = new AggregateTestFixture<>(ChildCase.class);
        fixture.registerInjectableResource(workers);
        fixture.registerInjectableResource(KNOWN_PARTNERS);
        fixture.registerInjectableResource(Clock.fixed(NOW, DISTRICT));
        fixture.registerInjectableResource(TRIAGE);
        fixture.registerInjectableResource(residentIds);
        fixture.registerInjectableResource(keys);
        fixture.registerInjectableResource(new InMemoryAttachments());
        return fixture;
    }

    public static ResidentId residentId(LocalDate born, int sequence) {
        String first17 = "510904" + born.toString().replace("-", "") + String.format("%03d", sequence);
        return new ResidentId(first17 + ResidentId.checkCharacter(first17));
    }

    public static ChildRegistered registered() {
        return new ChildRegistered(CHILD, new PersonName("张小雨"), Sex.FEMALE, BORN, RESIDENT_ID,
                new Township("石洞镇"), new Village("青龙村"), ChildCategory.LEFT_BEHIND, Set.of(),
                ParentsMigration.UNKNOWN, LocalDate.of(2024, 1, 10));
    }

    /** A concern raised today, with the deadline its severity gives. */
    public static ConcernRaised concernRaised(ConcernId concernId, LocalDate occurredOn, ConcernSeverity severity) {
        return new ConcernRaised(CHILD, concernId, occurredOn, ConcernSource.SCHOOL, new Notes("Absent from school"),
                severity, NOW.plus(TRIAGE.triageWithin(severity)));
    }

    public static GuardianAssigned grandmotherSince(LocalDate since) {
        return new GuardianAssigned(CHILD, GRANDMOTHER, since);
    }

    /** The identifiers the fixture gave its given events, in order: what a correction names. */
    public static List<EventId> givenEventIds(AggregateTestFixture<ChildCase> fixture) {
        return fixture.getEventStore().readEvents(CHILD.toString()).asStream()
                .map(DomainEventMessage::getIdentifier).map(EventId::of).toList();
    }

    /** Matches a {@link RuleViolation} of the named rule. */
    public static Matcher<Object> violates(String rule) {
        return new TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof RuleViolation violation && violation.rule().equals(rule);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule ").appendValue(rule);
            }
        };
    }

    /** The registry as a set, for tests of the aggregate; the application claims IDs in PostgreSQL. */
    public static final class InMemoryResidentIds implements ResidentIdRegistry {

        private final Map<ResidentId, ChildId> claims = new HashMap<>();

        @Override
        public void claim(ResidentId residentId, ChildId childId) {
            if (claims.containsKey(residentId)) {
                throw new RuleViolation("resident-id.unique", "residentId", "already registered");
            }
            claims.put(residentId, childId);
        }

        @Override
        public void release(ChildId childId) {
            claims.values().removeIf(childId::equals);
        }

        public boolean holds(ResidentId residentId) {
            return claims.containsKey(residentId);
        }
    }

    /** Attached files by SHA-256, as the application keeps them (encrypted) in PostgreSQL. */
    public static final class InMemoryAttachments implements AttachmentStore {

        private final Map<String, byte[]> files = new HashMap<>();

        @Override
        public void store(ChildId childId, AttachmentContent content) {
            files.put(childId + ":" + content.sha256(), content.bytes());
        }
    }

    /** The children whose data keys were destroyed. */
    public static final class InMemoryDataKeys implements PersonalDataKeys {

        private final Set<ChildId> destroyed = new HashSet<>();

        @Override
        public void destroy(ChildId childId) {
            destroyed.add(childId);
        }

        public boolean destroyed(ChildId childId) {
            return destroyed.contains(childId);
        }
    }
}
