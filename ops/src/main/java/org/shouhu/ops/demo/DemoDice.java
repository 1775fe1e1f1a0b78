package org.shouhu.ops.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Every random choice of the demo, from one seeded {@link Random}: the same seed and the same
 * sequence of questions give the same answers, so the same district.
 */
final class DemoDice {

    private final Random random;

    DemoDice(long seed) {
        this(new Random(seed));
    }

    DemoDice(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    /** 0 (inclusive) to {@code bound} (exclusive). */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** {@code low} to {@code high}, both inclusive. */
    int between(int low, int high) {
        if (high < low) {
            throw new IllegalArgumentException("empty range " + low + ".." + high);
        }
        return low + random.nextInt(high - low + 1);
    }

    /** True {@code percent} times in a hundred. */
    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** A day from {@code first} to {@code last}, both inclusive. */
    LocalDate dayBetween(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        if (days < 0) {
            throw new IllegalArgumentException("empty range of days");
        }
        return first.plusDays(random.nextInt((int) Math.min(days, Integer.MAX_VALUE - 1) + 1));
    }

    <T> T one(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of {@code items}, item {@code i} with weight {@code weights[i]}. */
    @SafeVarargs
    final <T> T weighted(int[] weights, T... items) {
        if (weights.length != items.length) {
            throw new IllegalArgumentException("one weight per item");
        }
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < items.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return items[i];
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static int[] w(int... weights) {
        return weights;
    }
}
