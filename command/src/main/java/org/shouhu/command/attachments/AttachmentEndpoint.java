package org.shouhu.command.attachments;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.rules.RuleViolation;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.attachments.AttachmentId;
import org.shouhu.events.attachments.AttachmentKind;
import org.shouhu.events.attachments.AttachmentName;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.VisitId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /children/{id}/attachments} (multipart: {@code file}, {@code kind}, and at most
 * one of {@code visitId}, {@code concernId}, {@code interventionId}): a document or photo kept
 * with the case. Its size and media type are checked on its content; the answer gives its id,
 * media type, size and SHA-256.
 */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class AttachmentEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;
    private final AttachmentProperties properties;

    public AttachmentEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests,
                              AttachmentProperties properties) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
        this.properties = properties;
    }

    @PostMapping(path = "/{childId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Object> attach(@PathVariable ChildId childId, @RequestParam("file") MultipartFile file,
                                         @RequestParam(required = false) AttachmentKind kind,
                                         @RequestParam(required = false) VisitId visitId,
                                         @RequestParam(required = false) ConcernId concernId,
                                         @RequestParam(required = false) InterventionId interventionId,
                                         HttpServletRequest http) {
        RequiredFields.check().field("kind", kind).orRefuse();
        if (file.getSize() > properties.maxSize().toBytes()) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "the file is larger than the "
                    + properties.maxSize().toMegabytes() + " MB an attachment may have (shouhu.attachments.max-size)");
        }
        byte[] bytes = bytes(file);
        String mediaType = MediaTypes.of(bytes).filter(properties.mediaTypes()::contains)
                .orElseThrow(() -> new RuleViolation("attachment.media-type", "file",
                        "the file's content is none of " + String.join(", ", properties.mediaTypes())
                                + " (its name does not count)"));
        AttachmentId attachmentId = AttachmentId.generate();
        AttachmentContent content = AttachmentContent.of(bytes, mediaType);
        AddAttachment command = new AddAttachment(childId, attachmentId, kind, new AttachmentName(
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "attachment"
                        : file.getOriginalFilename()), content, visitId, concernId, interventionId);
        Map<String, Object> described = Map.of("kind", kind, "sha256", content.sha256());
        return dispatcher.dispatch(childId.toString(), command, writeRequests.of(http, described, null),
                HttpStatus.CREATED, head -> {
                    Map<String, Object> answer = new LinkedHashMap<>(Answers.created("attachmentId", attachmentId, head));
                    answer.put("mediaType", mediaType);
                    answer.put("size", bytes.length);
                    answer.put("sha256", content.sha256());
                    return answer;
                }, null);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }
}
