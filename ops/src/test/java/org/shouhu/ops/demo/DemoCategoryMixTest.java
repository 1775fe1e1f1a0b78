package org.shouhu.ops.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shouhu.events.child.ChildCategory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.shouhu.events.child.ChildCategory.DE_FACTO_UNSUPPORTED;
import static org.shouhu.events.child.ChildCategory.DISABLED;
import static org.shouhu.events.child.ChildCategory.EXTREME_POVERTY;
import static org.shouhu.events.child.ChildCategory.LEFT_BEHIND;
import static org.shouhu.events.child.ChildCategory.ORPHAN;
import static org.shouhu.events.child.ChildCategory.RURAL_SUBSISTENCE;
import static org.shouhu.events.child.ChildCategory.URBAN_SUBSISTENCE;

class DemoCategoryMixTest {

    @Test
    void the_letter_s_seven_figures_add_up_to_5995() {
        assertThat(DemoCategoryMix.LETTER.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(DemoCategoryMix.LETTER_TOTAL).isEqualTo(5_995);
        assertThat(DemoCategoryMix.LETTER).containsOnlyKeys(ChildCategory.values());
    }

    @Test
    void at_the_letter_s_own_size_the_counts_are_the_letter_s_figures() {
        assertThat(DemoCategoryMix.countsFor(5_995)).isEqualTo(DemoCategoryMix.LETTER);
        assertThat(DemoCategoryMix.inGrandparentsCare(3_175)).isEqualTo(3_087);
    }

    @Test
    void six_hundred_children_in_the_letter_s_mix_with_one_extreme_poverty_child() {
        Map<ChildCategory, Integer> counts = DemoCategoryMix.countsFor(600);

        Map<ChildCategory, Integer> expected = new EnumMap<>(ChildCategory.class);
        expected.put(LEFT_BEHIND, 317);
        expected.put(DISABLED, 80);
        expected.put(URBAN_SUBSISTENCE, 13);
        expected.put(RURAL_SUBSISTENCE, 167);
        expected.put(EXTREME_POVERTY, 1); // 0.3 by strict rounding: every category shows at least one child
        expected.put(ORPHAN, 10);
        expected.put(DE_FACTO_UNSUPPORTED, 12);
        assertThat(counts).isEqualTo(expected);
        assertThat(counts.get(LEFT_BEHIND) / 600.0).isCloseTo(0.53, within(0.005));
        // of the left-behind children, ~97% in the care of grandparents, the rest with other persons
        assertThat(DemoCategoryMix.inGrandparentsCare(317)).isEqualTo(308);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 6, 7, 10, 59, 100, 333, 600, 601, 1_000, 2_500, 5_995, 12_345})
    void the_counts_always_add_up_and_stay_within_one_child_of_the_letter_s_proportions(int children) {
        Map<ChildCategory, Integer> counts = DemoCategoryMix.countsFor(children);

        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(children);
        int raisedToOne = 0;
        for (ChildCategory category : ChildCategory.values()) {
            double share = (double) DemoCategoryMix.LETTER.get(category) * children / DemoCategoryMix.LETTER_TOTAL;
            if (children >= 7 && share < 1) {
                assertThat(counts.get(category)).as("%s of %d", category, children).isEqualTo(1);
                raisedToOne++;
            } else if (category != LEFT_BEHIND) {
                assertThat(counts.get(category).doubleValue()).as("%s of %d", category, children)
                        .isCloseTo(share, within(1.0));
            }
        }
        double leftBehindShare = (double) DemoCategoryMix.LETTER.get(LEFT_BEHIND) * children / DemoCategoryMix.LETTER_TOTAL;
        assertThat(counts.get(LEFT_BEHIND).doubleValue()).isCloseTo(leftBehindShare, within(1.0 + raisedToOne));
    }

    @Test
    void the_slots_hold_exactly_the_counts_and_the_same_seed_gives_the_same_order() {
        List<DemoCategoryMix.Slot> slots = DemoCategoryMix.slots(600, new DemoDice(2023));

        assertThat(slots).hasSize(600);
        DemoCategoryMix.countsFor(600).forEach((category, count) ->
                assertThat(slots.stream().filter(slot -> slot.category() == category)).hasSize(count));
        assertThat(slots.stream().filter(DemoCategoryMix.Slot::inGrandparentsCare))
                .hasSize(308).allMatch(slot -> slot.category() == LEFT_BEHIND);
        assertThat(DemoCategoryMix.slots(600, new DemoDice(2023))).isEqualTo(slots);
        assertThat(DemoCategoryMix.slots(600, new DemoDice(2024))).isNotEqualTo(slots);
    }
}
