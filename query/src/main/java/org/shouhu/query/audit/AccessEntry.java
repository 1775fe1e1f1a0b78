package org.shouhu.query.audit;

import java.time.Instant;

/** One look at one child's record. */
public record AccessEntry(long id, Instant accessedAt, String account, String role, String area, String childId,
                          String what, String query, String purpose, String clientAddress) {
}
