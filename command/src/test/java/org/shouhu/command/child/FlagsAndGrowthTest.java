package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.flags.FlagChild;
import org.shouhu.command.flags.RemoveFlag;
import org.shouhu.command.growth.RecordGrowth;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.Reason;
import org.shouhu.events.flags.ChildFlagged;
import org.shouhu.events.flags.FlagId;
import org.shouhu.events.flags.FlagRemoved;
import org.shouhu.events.growth.GrowthEntryId;
import org.shouhu.events.growth.GrowthEntryKind;
import org.shouhu.events.growth.GrowthRecorded;

import java.time.LocalDate;

import static org.shouhu.command.child.ChildCaseFixture.*;

/** FlagMustBeRaised (and removed with a reason); growth-record entries. */
class FlagsAndGrowthTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final FlagId flag = FlagId.of("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f");
    private final ChildFlagged flagged = new ChildFlagged(CHILD, flag, new Notes("do not contact the father"));

    @Test
    void any_worker_flags_a_child() {
        fixture.given(registered())
                .when(new FlagChild(CHILD, flag, new Notes("do not contact the father")))
                .expectEvents(flagged);
    }

    @Test
    void flag_must_be_raised_and_is_removed_with_a_reason() {
        fixture.given(registered(), flagged)
                .when(new RemoveFlag(CHILD, flag, new Reason("court order lifted")))
                .expectEvents(new FlagRemoved(CHILD, flag));
        fixture.given(registered(), flagged)
                .when(new RemoveFlag(CHILD, flag, null))
                .expectNoEvents()
                .expectException(violates("reason.required"));
        fixture.given(registered(), flagged, new FlagRemoved(CHILD, flag))
                .when(new RemoveFlag(CHILD, flag, new Reason("again")))
                .expectNoEvents()
                .expectException(violates("flag.unknown"));
    }

    @Test
    void a_growth_entry_is_dated_and_not_in_the_future() {
        GrowthEntryId entry = GrowthEntryId.of("3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a");
        fixture.given(registered())
                .when(new RecordGrowth(CHILD, entry, GrowthEntryKind.ACHIEVEMENT, LocalDate.of(2024, 5, 30),
                        new Notes("won the school drawing prize")))
                .expectEvents(new GrowthRecorded(CHILD, entry, GrowthEntryKind.ACHIEVEMENT, LocalDate.of(2024, 5, 30),
                        new Notes("won the school drawing prize")));
        fixture.given(registered())
                .when(new RecordGrowth(CHILD, entry, GrowthEntryKind.HEALTH, TODAY.plusDays(1), new Notes("checkup")))
                .expectNoEvents()
                .expectException(violates("date.in-future"));
    }
}
