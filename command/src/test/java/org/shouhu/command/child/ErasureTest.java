package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.erasure.EraseChildData;
import org.shouhu.command.visits.RecordVisit;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.child.ChildDataErased;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.VisitId;
import org.shouhu.events.visits.VisitKind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.command.child.ChildCaseFixture.*;

/** The rules of erasure (crypto-shredding), one test per rule. */
class ErasureTest {

    private final InMemoryResidentIds residentIds = new InMemoryResidentIds();
    private final InMemoryDataKeys keys = new InMemoryDataKeys();
    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture(residentIds, keys);
    private final Reason reason = new Reason("retention period ended");
    private final CaseClosed closed = new CaseClosed(CHILD, LocalDate.of(2024, 5, 1));

    @Test
    void a_closed_case_is_erased_its_key_destroyed_and_its_resident_id_released() {
        residentIds.claim(RESIDENT_ID, CHILD);
        fixture.given(registered(), closed)
                .when(new EraseChildData(CHILD, reason))
                .expectEvents(new ChildDataErased(CHILD, TODAY));
        assertThat(keys.destroyed(CHILD)).isTrue();
        assertThat(residentIds.holds(RESIDENT_ID)).isFalse();
    }

    @Test
    void only_a_closed_case_is_erased() {
        fixture.given(registered())
                .when(new EraseChildData(CHILD, reason))
                .expectNoEvents()
                .expectException(violates("erasure.case-open"));
        assertThat(keys.destroyed(CHILD)).isFalse();
    }

    @Test
    void an_erasure_gives_a_reason() {
        fixture.given(registered(), closed)
                .when(new EraseChildData(CHILD, null))
                .expectNoEvents()
                .expectException(violates("reason.required"));
        assertThat(keys.destroyed(CHILD)).isFalse();
    }

    @Test
    void nothing_on_an_erased_record_not_even_a_second_erasure() {
        fixture.given(registered(), closed, new ChildDataErased(CHILD, TODAY))
                .when(new EraseChildData(CHILD, reason))
                .expectNoEvents()
                .expectException(violates("case.erased"));
    }

    @Test
    void nothing_on_an_erased_record_no_reopening() {
        fixture.given(registered(), closed, new ChildDataErased(CHILD, TODAY))
                .when(new ReopenCase(CHILD, TODAY, new Reason("back in the village")))
                .expectNoEvents()
                .expectException(violates("case.erased"));
    }

    @Test
    void nothing_on_an_erased_record_no_visit() {
        fixture.given(registered(), closed, new ChildDataErased(CHILD, TODAY))
                .when(new RecordVisit(CHILD, VisitId.generate(), TODAY, VisitKind.HOME, true, new Notes("seen"), List.of()))
                .expectNoEvents()
                .expectException(violates("case.erased"));
    }
}
