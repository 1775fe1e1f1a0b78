package org.shouhu.ops.ledger.imports;

import org.shouhu.command.web.Actor;

/**
 * One import of one file by one account.
 *
 * @param jobId the job of a real run, the correlation id of every event it records; for a dry run, an id of its own
 */
public record ImportRequest(String jobId, String fileName, String sha256, Actor actor, boolean dryRun) {
}
