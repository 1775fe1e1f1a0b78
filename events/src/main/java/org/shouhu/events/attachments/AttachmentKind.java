package org.shouhu.events.attachments;

/** What an attached document is. */
public enum AttachmentKind {
    /** 监护责任书 */
    GUARDIANSHIP_AGREEMENT,
    /** a photo, e.g. of the living conditions at a visit */
    PHOTO,
    SCHOOL_REPORT,
    MEDICAL_DOCUMENT,
    OTHER
}
