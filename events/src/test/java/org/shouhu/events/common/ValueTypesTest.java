package org.shouhu.events.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ChildRegistered;
import org.shouhu.events.child.ParentsMigration;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueTypesTest {

    @Test
    void names_are_trimmed_and_may_not_be_blank() {
        assertThat(new PersonName("  王小明 ").value()).isEqualTo("王小明");
        assertThatThrownBy(() -> new PersonName(" ")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("name.required"));
    }

    @Test
    void phone_numbers_are_digits() {
        assertThat(new PhoneNumber("+86 138-0000-1111").value()).isEqualTo("+86 138-0000-1111");
        assertThatThrownBy(() -> new PhoneNumber("call me")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("phone.format"));
    }

    @Test
    void ids_are_canonical_uuids() {
        assertThatThrownBy(() -> ChildId.of("42")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("childId.format"));
    }

    @Test
    void notes_have_a_length_limit() {
        assertThatThrownBy(() -> new Notes("x".repeat(Notes.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("text.too-long"));
    }

    @Test
    void an_event_round_trips_through_json_with_its_value_types_as_plain_values() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String first17 = "51090420150312123";
        ChildRegistered event = new ChildRegistered(ChildId.generate(), new PersonName("王小明"), Sex.MALE,
                LocalDate.of(2015, 3, 12), new ResidentId(first17 + ResidentId.checkCharacter(first17)),
                new Township("石洞镇"), new Village("青龙村"), ChildCategory.LEFT_BEHIND,
                Set.of(ChildCategory.RURAL_SUBSISTENCE), ParentsMigration.UNKNOWN, LocalDate.of(2024, 5, 1));

        String written = json.writeValueAsString(event);

        assertThat(written).contains("\"name\":\"王小明\"", "\"township\":\"石洞镇\"", "\"dateOfBirth\":\"2015-03-12\"");
        assertThat(json.readValue(written, ChildRegistered.class)).isEqualTo(event);
    }
}
