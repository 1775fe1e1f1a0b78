package org.shouhu.query.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The two statistics of the timeline report, defined so that anyone can compute them by hand:
 * the median is the middle value, or the mean of the two middle values; the 90th percentile is
 * the nearest-rank value, the ⌈0.9·n⌉-th smallest.
 */
final class Percentiles {

    private static final int PERCENT = 100;
    private static final int NINETIETH = 90;

    private Percentiles() {
    }

    /** @param sorted ascending; null for none */
    static BigDecimal median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        if (n % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(n / 2));
        }
        return BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1,
                RoundingMode.UNNECESSARY);
    }

    static Long ninetieth(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(sorted.size() * (double) NINETIETH / PERCENT);
        return sorted.get(rank - 1);
    }
}
