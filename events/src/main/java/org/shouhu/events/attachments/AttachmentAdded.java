package org.shouhu.events.attachments;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.VisitId;

/**
 * A file was attached to the child's case, or to one of its visits, concerns or interventions
 * (at most one of the three ids). The file itself is stored apart, encrypted under the child's
 * data key; its SHA-256 here puts it under the event's hash chain and checkpoints.
 *
 * @param mediaType as found in the file's content, not as its name claims
 */
public record AttachmentAdded(ChildId childId, AttachmentId attachmentId, AttachmentKind kind, AttachmentName name,
                              String mediaType, long size, String sha256, VisitId visitId, ConcernId concernId,
                              InterventionId interventionId) {
}
