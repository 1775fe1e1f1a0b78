package org.shouhu.query.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The bureau's account of its work as of a day, from the events recorded up to its end: the
 * figures of the letter's "基本情况" and of the work done in the period.
 *
 * @param area               the area the figures cover (the reader's, narrowed by {@code township})
 * @param openCasesByCategory open cases by primary category, every category listed
 * @param leftBehindByGuardian {@code GRANDPARENTS} (paternal and maternal) and {@code OTHERS}
 * @param workforceByRole    active workers serving in the area, by role
 * @param coverageRate       open cases with an active responsible worker / open cases; null without cases
 */
public record Summary(LocalDate asOf, LocalDate from, String area, long openCases,
                      Map<String, Long> openCasesByCategory, Map<String, Long> leftBehindByGuardian,
                      Map<String, Long> workforceByRole, long workforce, Map<String, ActivityFigures> activitiesByType,
                      long visits, long interventionsOpened, long interventionsClosed, BigDecimal coverageRate) {

    public record ActivityFigures(long activities, long participants, long materialsDistributed) {
    }
}
