package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.attachments.AddAttachment;
import org.shouhu.command.attachments.AttachmentContent;
import org.shouhu.events.attachments.AttachmentAdded;
import org.shouhu.events.attachments.AttachmentId;
import org.shouhu.events.attachments.AttachmentKind;
import org.shouhu.events.attachments.AttachmentName;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.VisitId;
import org.shouhu.events.concerns.ConcernSeverity;
import org.shouhu.events.visits.VisitKind;
import org.shouhu.events.visits.VisitRecorded;

import java.time.LocalDate;
import java.util.List;

import static org.shouhu.command.child.ChildCaseFixture.*;

/** The rule AttachmentSubjectIsOnRecord, and what an attachment records. */
class AttachmentsTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final AttachmentId attachment = AttachmentId.of("2b9c1d0e-3f4a-4b5c-8d6e-7f8091a2b3c4");
    private final VisitId visit = VisitId.of("0b6f8f9e-65a4-4f43-8f2c-5c0f5e0a8d01");
    private final ConcernId concern = ConcernId.of("7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
    private final AttachmentContent photo = AttachmentContent.of(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2},
            "image/jpeg");
    private final AttachmentName name = new AttachmentName("家访照片.jpg");
    private final VisitRecorded visited = new VisitRecorded(CHILD, visit, LocalDate.of(2024, 5, 20), VisitKind.HOME,
            true, new Notes("at home"), List.of());

    private AddAttachment attach(VisitId visitId, ConcernId concernId) {
        return new AddAttachment(CHILD, attachment, AttachmentKind.PHOTO, name, photo, visitId, concernId, null);
    }

    @Test
    void attachment_subject_is_on_record_a_photo_of_a_visit_records_its_hash() {
        fixture.given(registered(), visited)
                .when(attach(visit, null))
                .expectEvents(new AttachmentAdded(CHILD, attachment, AttachmentKind.PHOTO, name, "image/jpeg", 5,
                        photo.sha256(), visit, null, null));
    }

    @Test
    void attachment_subject_is_on_record_not_a_visit_of_another_child() {
        fixture.given(registered())
                .when(attach(visit, null))
                .expectNoEvents()
                .expectException(violates("attachment.unknown-subject"));
    }

    @Test
    void attachment_subject_is_on_record_one_subject_at_most() {
        fixture.given(registered(), visited, concernRaised(concern, LocalDate.of(2024, 5, 21), ConcernSeverity.LOW))
                .when(attach(visit, concern))
                .expectNoEvents()
                .expectException(violates("attachment.one-subject"));
    }

    @Test
    void nothing_but_reopening_on_a_closed_case_attachments() {
        fixture.given(registered(), new CaseClosed(CHILD, LocalDate.of(2024, 5, 1)))
                .when(attach(null, null))
                .expectNoEvents()
                .expectException(violates("case.closed"));
    }
}
