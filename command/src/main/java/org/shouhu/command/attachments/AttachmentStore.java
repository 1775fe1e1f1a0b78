package org.shouhu.command.attachments;

import org.shouhu.events.common.ChildId;

/**
 * Where attached files are kept: by child and SHA-256, encrypted under the child's data key, so
 * that erasing the child's personal data erases its files too. Written in the transaction of
 * the event that names the file.
 */
public interface AttachmentStore {

    void store(ChildId childId, AttachmentContent content);
}
