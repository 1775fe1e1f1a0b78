package org.shouhu.events.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GB 11643-1999: 17 digits, a date of birth inside, an ISO 7064 MOD 11-2 check character. */
class ResidentIdTest {

    // The standard's own example number.
    private static final String EXAMPLE = "11010519491231002X";

    @Test
    void accepts_a_valid_number_and_reads_its_date_of_birth() {
        ResidentId id = new ResidentId(EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void a_lower_case_x_is_the_same_check_character() {
        assertThat(new ResidentId("11010519491231002x")).isEqualTo(new ResidentId(EXAMPLE));
    }

    @Test
    void refuses_a_wrong_check_digit() {
        assertThatThrownBy(() -> new ResidentId("110105194912310021"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("resident-id.check-digit"));
    }

    @Test
    void refuses_the_wrong_length_or_letters() {
        assertThatThrownBy(() -> new ResidentId("1101051949123100"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("resident-id.format"));
        assertThatThrownBy(() -> new ResidentId("1101051949123A002X"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("resident-id.format"));
    }

    @Test
    void refuses_an_impossible_date_of_birth() {
        String first17 = "51090420150230123"; // 30 February
        assertThatThrownBy(() -> new ResidentId(first17 + ResidentId.checkCharacter(first17)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("resident-id.birth-date"));
    }

    @Test
    void never_shows_the_whole_number_in_logs() {
        assertThat(new ResidentId(EXAMPLE).toString()).isEqualTo("**************002X").doesNotContain("19491231");
    }

    @Test
    void is_written_and_read_as_a_plain_json_string() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(new ResidentId(EXAMPLE))).isEqualTo("\"" + EXAMPLE + "\"");
        assertThat(json.readValue("\"" + EXAMPLE + "\"", ResidentId.class)).isEqualTo(new ResidentId(EXAMPLE));
    }
}
