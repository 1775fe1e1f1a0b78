package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.child.ChildRecordClosedAsMerged;
import org.shouhu.events.child.ChildRecordMerged;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;

import java.time.LocalDate;

import static org.shouhu.command.child.ChildCaseFixture.*;

/** The rule MergeKeepsOneRecord: two records of one child become one, nothing deleted. */
class MergeTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final ChildId other = ChildId.of("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private final Reason reason = new Reason("the same girl, registered twice");

    @Test
    void merge_keeps_one_record_the_survivor_records_the_merge() {
        fixture.given(registered())
                .when(new MergeChildRecord(CHILD, other, reason))
                .expectEvents(new ChildRecordMerged(CHILD, other));
    }

    @Test
    void merge_keeps_one_record_the_other_is_closed_as_merged() {
        fixture.given(registered())
                .when(new CloseAsMerged(CHILD, other, reason))
                .expectEvents(new ChildRecordClosedAsMerged(CHILD, other, TODAY));
    }

    @Test
    void merge_keeps_one_record_not_into_itself() {
        fixture.given(registered())
                .when(new MergeChildRecord(CHILD, CHILD, reason))
                .expectNoEvents()
                .expectException(violates("merge.same-record"));
    }

    @Test
    void merge_keeps_one_record_a_closed_record_is_not_merged_again() {
        fixture.given(registered(), new CaseClosed(CHILD, LocalDate.of(2024, 5, 1)))
                .when(new CloseAsMerged(CHILD, other, reason))
                .expectNoEvents()
                .expectException(violates("case.closed"));
    }

    @Test
    void merge_keeps_one_record_with_a_reason() {
        fixture.given(registered())
                .when(new MergeChildRecord(CHILD, other, null))
                .expectNoEvents()
                .expectException(violates("reason.required"));
    }
}
