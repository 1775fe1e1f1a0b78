package org.shouhu.ops.demo;

import org.junit.jupiter.api.Test;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.Sex;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoResidentIdsTest {

    private final DemoResidentIds residentIds = new DemoResidentIds(new DemoDice(2023));

    @Test
    void the_check_character_is_that_of_the_standard_s_own_example() {
        // GB 11643-1999, appendix: 11010519491231002X
        assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void a_number_is_anju_s_address_code_the_date_of_birth_a_sequence_code_and_its_check_character() {
        LocalDate born = LocalDate.of(2015, 3, 12);

        ResidentId id = residentIds.next(born, Sex.FEMALE);

        assertThat(id.value()).hasSize(18).startsWith("510904" + "20150312");
        assertThat(id.birthDate()).isEqualTo(born);
        assertThat(id.value().charAt(17)).isEqualTo(ResidentId.checkCharacter(id.value().substring(0, 17)));
        assertThat(new ResidentId(id.value())).isEqualTo(id); // the value type's own validation accepts it
    }

    @Test
    void the_sequence_code_is_odd_for_a_boy_and_even_for_a_girl_and_never_000() {
        LocalDate born = LocalDate.of(2010, 1, 1);
        for (int i = 0; i < 200; i++) {
            int boy = Integer.parseInt(residentIds.next(born, Sex.MALE).value().substring(14, 17));
            int girl = Integer.parseInt(residentIds.next(born, Sex.FEMALE).value().substring(14, 17));
            assertThat(boy % 2).as("boy's sequence code %03d", boy).isEqualTo(1);
            assertThat(girl % 2).as("girl's sequence code %03d", girl).isZero();
            assertThat(girl).isPositive();
        }
    }

    @Test
    void no_number_is_issued_twice_until_a_day_s_sequence_codes_run_out() {
        LocalDate born = LocalDate.of(2012, 6, 30);
        Set<String> boys = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            boys.add(residentIds.next(born, Sex.MALE).value());
        }
        assertThat(boys).hasSize(500);

        assertThatThrownBy(() -> residentIds.next(born, Sex.MALE)).isInstanceOf(IllegalStateException.class);
        assertThat(residentIds.next(born, Sex.FEMALE).value()).startsWith("51090420120630");
    }

    @Test
    void the_same_seed_issues_the_same_numbers() {
        DemoResidentIds again = new DemoResidentIds(new DemoDice(2023));
        DemoResidentIds first = new DemoResidentIds(new DemoDice(2023));
        LocalDate born = LocalDate.of(2008, 2, 29);

        for (int i = 0; i < 20; i++) {
            assertThat(again.next(born, Sex.MALE)).isEqualTo(first.next(born, Sex.MALE));
        }
    }
}
