package org.shouhu.query.duplicates;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shouhu.duplicates.*}: when two records may be one child. Both must be of the same sex
 * with dates of birth at most {@code birthDateToleranceDays} apart, and either have names at
 * least {@code nameSimilarity} alike ({@link NameSimilarity}) or the same guardian in the same village.
 * The report lists the {@code maxPairs} best pairs.
 */
@ConfigurationProperties("shouhu.duplicates")
public record DuplicateProperties(@DefaultValue("3") int birthDateToleranceDays,
                                  @DefaultValue("0.8") double nameSimilarity,
                                  @DefaultValue("500") int maxPairs) {

    public DuplicateProperties {
        if (birthDateToleranceDays < 0 || nameSimilarity <= 0 || nameSimilarity > 1 || maxPairs < 1) {
            throw new IllegalArgumentException("shouhu.duplicates.birth-date-tolerance-days must be 0 or more,"
                    + " name-similarity above 0 and at most 1, max-pairs 1 or more");
        }
    }
}
