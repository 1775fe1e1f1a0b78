package org.shouhu.events;

import org.junit.jupiter.api.Test;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.EventId;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.PhoneNumber;
import org.shouhu.events.corrections.EntryCorrected;
import org.shouhu.events.guardianship.Guardian;
import org.shouhu.events.guardianship.GuardianAssigned;
import org.shouhu.events.guardianship.GuardianRelation;
import org.shouhu.events.privacy.Redaction;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What an event keeps once its personal data is gone. */
class RedactionTest {

    private static final ChildId CHILD = ChildId.generate();

    @Test
    void names_and_phones_go_nested_ones_too_and_the_rest_stays() {
        GuardianAssigned assigned = new GuardianAssigned(CHILD, new Guardian(new PersonName("张奶奶"),
                GuardianRelation.PATERNAL_GRANDPARENT, new PhoneNumber("13800001111"), null), LocalDate.of(2020, 1, 1));
        GuardianAssigned redacted = Redaction.of(assigned);
        assertThat(redacted.guardian().name()).isNull();
        assertThat(redacted.guardian().phone()).isNull();
        assertThat(redacted.guardian().relation()).isEqualTo(GuardianRelation.PATERNAL_GRANDPARENT);
        assertThat(redacted.effectiveOn()).isEqualTo(assigned.effectiveOn());
        assertThat(redacted.childId()).isEqualTo(CHILD);
    }

    @Test
    void a_correction_loses_its_value_only_when_the_field_is_personal() {
        EventId corrected = EventId.of("6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f");
        assertThat(Redaction.of(new EntryCorrected(CHILD, corrected, "ChildRegistered", "name", "李四")).correctedValue())
                .isNull();
        assertThat(Redaction.of(new EntryCorrected(CHILD, corrected, "VisitRecorded", "occurredOn", "2024-05-01"))
                .correctedValue()).isEqualTo("2024-05-01");
    }
}
