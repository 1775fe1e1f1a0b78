package org.shouhu.query.duplicates;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When two records may be one child ({@link DuplicateProperties}): the rule of the
 * possible-duplicates report and of the look-alikes a registration is asked to confirm.
 * Comparing the dates of birth is the caller's part (it reads the records born within the
 * tolerance); this compares names and guardians.
 */
@Component
public class LookAlikeRule {

    private static final int SCALE = 3;

    private final DuplicateProperties properties;

    public LookAlikeRule(DuplicateProperties properties) {
        this.properties = properties;
    }

    /** One record of a pair, as the reviewer needs it to recognise the child. */
    public record Record(String childId, String name, String sex, LocalDate dateOfBirth, String township,
                         String village, String status) {
    }

    /** A record with what the comparison also uses and the report does not show. */
    record Compared(Record record, String guardianName) {
    }

    /**
     * @param reasons {@code name-same}, {@code name-alike} (homophones or a slip), {@code same-guardian-same-village},
     *                {@code birth-date-same} or {@code birth-date-near}
     */
    public record Pair(Record first, Record second, BigDecimal score, List<String> reasons) {
    }

    /** The pair, when the two records may be one child: by name, or by guardian in the same village. */
    Optional<Pair> compare(Compared first, Compared second) {
        Record a = first.record();
        Record b = second.record();
        double names = NameSimilarity.of(a.name(), b.name());
        boolean sameGuardian = first.guardianName() != null && first.guardianName().equals(second.guardianName())
                && a.township().equals(b.township()) && a.village().equals(b.village());
        if (names < properties.nameSimilarity() && !sameGuardian) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (names >= properties.nameSimilarity()) {
            reasons.add(names == 1 ? "name-same" : "name-alike");
        }
        if (sameGuardian) {
            reasons.add("same-guardian-same-village");
        }
        reasons.add(Objects.equals(a.dateOfBirth(), b.dateOfBirth()) ? "birth-date-same" : "birth-date-near");
        double score = sameGuardian ? Math.max(names, properties.nameSimilarity()) : names;
        return Optional.of(new Pair(a, b, BigDecimal.valueOf(score).setScale(SCALE, RoundingMode.HALF_UP),
                reasons));
    }
}
