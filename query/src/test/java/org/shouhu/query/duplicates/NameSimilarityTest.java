package org.shouhu.query.duplicates;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NameSimilarityTest {

    @Test
    void homophones_are_nearly_the_same_name() {
        assertThat(NameSimilarity.of("王小明", "王晓明")).isCloseTo(0.967, within(0.001));
        assertThat(NameSimilarity.of("张欣怡", "张心怡")).isCloseTo(0.967, within(0.001));
    }

    @Test
    void the_same_name_is_one_and_another_name_far_less() {
        assertThat(NameSimilarity.of("王小明", "王 小明")).isEqualTo(1.0);
        assertThat(NameSimilarity.of("王小明", "李小明")).isCloseTo(0.667, within(0.001));
        assertThat(NameSimilarity.of("王小明", "陈浩然")).isZero();
    }

    @Test
    void a_character_left_out_costs_one_of_the_longer_name() {
        assertThat(NameSimilarity.of("欧阳小明", "欧小明")).isCloseTo(0.75, within(0.001));
        assertThat(NameSimilarity.of("", "王小明")).isZero();
    }
}
