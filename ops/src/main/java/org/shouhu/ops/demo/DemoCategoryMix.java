package org.shouhu.ops.demo;

import org.shouhu.events.child.ChildCategory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The category mix of the Anju letter (遂安民函〔2023〕16号), scaled to the demo's number of
 * children: the seven figures that add up to 5,995, and among left-behind children the 3,087
 * of 3,175 in the care of grandparents.
 *
 * <p>Counts are exact, not sampled: largest-remainder rounding, so they always add up to the
 * number asked for. From seven children on, every category has at least one child (taken from
 * the largest), so that a filter on any category shows something: at 600 children this gives
 * one extreme-poverty child where strict rounding (0.3) would give none.
 */
final class DemoCategoryMix {

    /** The letter's figures, one per primary category. */
    static final Map<ChildCategory, Integer> LETTER = letter();
    static final int LETTER_TOTAL = 5_995;
    static final int LETTER_LEFT_BEHIND_WITH_GRANDPARENTS = 3_087;
    static final int LETTER_LEFT_BEHIND = 3_175;

    /** One child to be created: its primary category and, for a left-behind child, who cares for it. */
    record Slot(ChildCategory category, boolean inGrandparentsCare) {
    }

    private DemoCategoryMix() {
    }

    /** How many children of each category, in the letter's proportions, adding up to {@code children}. */
    static Map<ChildCategory, Integer> countsFor(int children) {
        if (children < 0) {
            throw new IllegalArgumentException("children must not be negative");
        }
        Map<ChildCategory, Integer> counts = new EnumMap<>(ChildCategory.class);
        Map<ChildCategory, Long> remainders = new EnumMap<>(ChildCategory.class);
        int assigned = 0;
        for (var figure : LETTER.entrySet()) {
            long scaled = (long) figure.getValue() * children;
            counts.put(figure.getKey(), (int) (scaled / LETTER_TOTAL));
            remainders.put(figure.getKey(), scaled % LETTER_TOTAL);
            assigned += (int) (scaled / LETTER_TOTAL);
        }
        List<ChildCategory> byRemainder = new ArrayList<>(LETTER.keySet());
        byRemainder.sort(Comparator.comparing((ChildCategory c) -> remainders.get(c)).reversed()
                .thenComparing(c -> LETTER.get(c), Comparator.reverseOrder()));
        for (int i = 0; i < children - assigned; i++) {
            counts.merge(byRemainder.get(i), 1, Integer::sum);
        }
        if (children >= LETTER.size()) {
            for (ChildCategory category : LETTER.keySet()) {
                if (counts.get(category) == 0) {
                    ChildCategory largest = Collections.max(counts.keySet(), Comparator.comparing(counts::get));
                    counts.merge(largest, -1, Integer::sum);
                    counts.put(category, 1);
                }
            }
        }
        return counts;
    }

    /** Of {@code leftBehind} left-behind children, how many are in the care of grandparents (~97%). */
    static int inGrandparentsCare(int leftBehind) {
        return (int) Math.round((double) leftBehind * LETTER_LEFT_BEHIND_WITH_GRANDPARENTS / LETTER_LEFT_BEHIND);
    }

    /** The children to create, in the letter's mix, in an order shuffled by {@code dice}. */
    static List<Slot> slots(int children, DemoDice dice) {
        Map<ChildCategory, Integer> counts = countsFor(children);
        List<Slot> slots = new ArrayList<>(children);
        counts.forEach((category, count) -> {
            int withGrandparents = category == ChildCategory.LEFT_BEHIND ? inGrandparentsCare(count) : 0;
            for (int i = 0; i < count; i++) {
                slots.add(new Slot(category, i < withGrandparents));
            }
        });
        Collections.shuffle(slots, dice.random());
        return slots;
    }

    private static Map<ChildCategory, Integer> letter() {
        Map<ChildCategory, Integer> letter = new EnumMap<>(ChildCategory.class);
        letter.put(ChildCategory.LEFT_BEHIND, 3_175);
        letter.put(ChildCategory.DISABLED, 797);
        letter.put(ChildCategory.URBAN_SUBSISTENCE, 133);
        letter.put(ChildCategory.RURAL_SUBSISTENCE, 1_663);
        letter.put(ChildCategory.EXTREME_POVERTY, 3);
        letter.put(ChildCategory.ORPHAN, 102);
        letter.put(ChildCategory.DE_FACTO_UNSUPPORTED, 122);
        return Collections.unmodifiableMap(letter);
    }
}
