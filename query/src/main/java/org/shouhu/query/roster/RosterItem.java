package org.shouhu.query.roster;

import java.time.LocalDate;

/** One line of the ledger. An erased child keeps its line, without a name. */
public record RosterItem(String childId, String name, String township, String village, String primaryCategory,
                         String guardianRelation, String responsibleWorker, LocalDate lastVisitOn,
                         LocalDate nextVisitDue, boolean overdue, String riskLevel, int openInterventions,
                         String status, int flags, LocalDate nextReviewDue, boolean reviewOverdue, boolean erased,
                         long version) {
}
