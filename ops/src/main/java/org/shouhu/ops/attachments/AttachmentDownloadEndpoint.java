package org.shouhu.ops.attachments;

import org.shouhu.events.common.ChildId;
import org.shouhu.ops.privacy.EncryptedAttachments;
import org.shouhu.query.audit.AccessLog;
import org.shouhu.query.childfile.ChildFile;
import org.shouhu.query.childfile.ChildFiles;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.scope.ChildVisibility;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * {@code GET /api/v1/children/{id}/attachments/{attachmentId}}: an attached file, to the readers
 * of the child's area, entered in the access log before it leaves. The bytes are checked
 * against the SHA-256 the event recorded: a file altered in the database is refused (409), one
 * erased with the child's personal data is gone (410).
 */
@RestController
public class AttachmentDownloadEndpoint {

    private final ChildFiles files;
    private final ChildVisibility visibility;
    private final ProjectionPositions positions;
    private final AccessLog accessLog;
    private final EncryptedAttachments attachments;

    public AttachmentDownloadEndpoint(ChildFiles files, ChildVisibility visibility, ProjectionPositions positions,
                                      AccessLog accessLog, EncryptedAttachments attachments) {
        this.files = files;
        this.visibility = visibility;
        this.positions = positions;
        this.accessLog = accessLog;
        this.attachments = attachments;
    }

    @GetMapping("/api/v1/children/{childId}/attachments/{attachmentId}")
    public ResponseEntity<byte[]> download(@PathVariable UUID childId, @PathVariable UUID attachmentId,
                                           @RequestParam(required = false) Long minPosition) {
        positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        visibility.requireVisible(childId);
        ChildFile file = files.current(childId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No child with this id"));
        ChildFile.Attachment attachment = file.attachments.stream()
                .filter(candidate -> candidate.attachmentId.equals(attachmentId.toString())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No attachment with this id"));
        if (file.erased) {
            throw new ResponseStatusException(HttpStatus.GONE, "The child's personal data was erased, its files with it");
        }
        accessLog.childRead(childId, "attachment");
        byte[] content = attachments.open(new ChildId(childId), attachment.sha256);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", attachment.sha256)
                .body(content);
    }
}
