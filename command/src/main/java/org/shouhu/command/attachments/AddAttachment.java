package org.shouhu.command.attachments;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.attachments.AttachmentId;
import org.shouhu.events.attachments.AttachmentKind;
import org.shouhu.events.attachments.AttachmentName;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.VisitId;

/**
 * Attach a file to a child's case, or to one of its visits, concerns or interventions. The
 * content travels with the command (in this JVM only) to be stored in the event's transaction.
 */
public record AddAttachment(@TargetAggregateIdentifier ChildId childId, AttachmentId attachmentId, AttachmentKind kind,
                            AttachmentName name, AttachmentContent content, VisitId visitId, ConcernId concernId,
                            InterventionId interventionId) {
}
