package org.shouhu.query.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The open cases of one area or one worker, and which of them have which flaw. */
public final class QualityTally {

    private static final int SCALE = 4;

    private long openCases;
    private long flawless;
    private final Map<Flaw, List<String>> children = new EnumMap<>(Flaw.class);

    void add(String childId, Set<Flaw> flaws) {
        openCases++;
        if (flaws.isEmpty()) {
            flawless++;
        }
        flaws.forEach(flaw -> children.computeIfAbsent(flaw, f -> new ArrayList<>()).add(childId));
    }

    /** One flaw: how many cases have it, and which. */
    public record Found(int count, List<String> children) {
    }

    long openCases() {
        return openCases;
    }

    Map<Flaw, Found> flaws() {
        Map<Flaw, Found> found = new EnumMap<>(Flaw.class);
        for (Flaw flaw : Flaw.values()) {
            List<String> ids = children.getOrDefault(flaw, List.of());
            found.put(flaw, new Found(ids.size(), List.copyOf(ids)));
        }
        return found;
    }

    /** The share of open cases without any flaw; null without open cases. */
    BigDecimal completeness() {
        return openCases == 0 ? null
                : BigDecimal.valueOf(flawless).divide(BigDecimal.valueOf(openCases), SCALE, RoundingMode.HALF_UP);
    }
}
