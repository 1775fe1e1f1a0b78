-- Attached files, by child and SHA-256 of their content, encrypted (AES-256-GCM) under the
-- child's data key: erasure destroys the key and deletes the rows. The AttachmentAdded event
-- names each file's SHA-256, so the hash chain and checkpoints cover the files too.
CREATE TABLE privacy.attachment_content (
    child_id UUID     NOT NULL,
    sha256   CHAR(64) NOT NULL,
    sealed   BYTEA    NOT NULL,
    PRIMARY KEY (child_id, sha256)
);
