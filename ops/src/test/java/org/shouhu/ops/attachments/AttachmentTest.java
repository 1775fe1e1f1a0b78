package org.shouhu.ops.attachments;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A photo kept with a case: uploaded (its type found in its bytes), read back by the readers of
 * the child's area only and entered in the access log; bytes altered in the database are
 * refused on download and reported by the integrity verifier; after erasure nobody reads it.
 */
class AttachmentTest extends ApplicationTest {

    /** The first bytes of a JPEG file, then some content. */
    private static final byte[] PHOTO = jpeg("a photo of the kitchen");

    private static byte[] jpeg(String content) {
        byte[] text = content.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 4 + text.length);
        System.arraycopy(text, 0, bytes, 4, text.length);
        return bytes;
    }

    private String child() {
        return "/api/v1/children/" + api.post("/api/v1/children", Children.registration()).json().get("childId").asText();
    }

    @Test
    void a_photo_is_kept_read_back_in_its_area_only_and_logged() {
        String child = child();
        Api.Reply uploaded = api.upload(child + "/attachments?kind=PHOTO", "厨房.jpg", PHOTO);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode answer = uploaded.json();
        assertThat(answer.get("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(answer.get("size").asInt()).isEqualTo(PHOTO.length);
        String path = child + "/attachments/" + answer.get("attachmentId").asText() + "?minPosition="
                + uploaded.position();

        JsonNode file = api.get(child + "?minPosition=" + uploaded.position()).json();
        assertThat(file.get("attachments").get(0).get("name").asText()).isEqualTo("厨房.jpg");
        assertThat(file.get("attachments").get(0).get("sha256").asText()).isEqualTo(answer.get("sha256").asText());

        Api.Download download = api.download(path);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("image/jpeg");
        assertThat(download.body()).isEqualTo(PHOTO);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.access_log WHERE child_id = ?::uuid"
                + " AND what = 'attachment' AND account = 'director'", Long.class, id(child))).isEqualTo(1);

        assertThat(api.as("director-hongxing").download(path).status()).as("outside the area").isEqualTo(404);
        assertThat(api.as("dashboard").download(path).status()).isEqualTo(403);
        assertThat(api.anonymous().download(path).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.access_log WHERE child_id = ?::uuid"
                + " AND what = 'attachment'", Long.class, id(child))).as("refused reads read nothing").isEqualTo(1);
    }

    @Test
    void a_file_is_judged_by_its_content_and_its_size() {
        String child = child();
        long events = eventCount();
        Api.Reply text = api.upload(child + "/attachments?kind=PHOTO", "photo.jpg",
                "not a photo at all".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).as(text.body()).isEqualTo(422);
        assertThat(text.json().get("errors").get(0).get("rule").asText()).isEqualTo("attachment.media-type");
        Api.Reply large = api.upload(child + "/attachments?kind=PHOTO", "huge.jpg", jpeg("x".repeat(11 * 1024 * 1024)));
        assertThat(large.status()).as(large.body()).isEqualTo(413);
        Api.Reply unknownVisit = api.upload(child + "/attachments?kind=PHOTO&visitId=" + UUID.randomUUID(), "a.jpg",
                PHOTO);
        assertThat(unknownVisit.status()).isEqualTo(422);
        assertThat(unknownVisit.json().get("errors").get(0).get("rule").asText())
                .isEqualTo("attachment.unknown-subject");
        assertThat(eventCount()).as("nothing recorded").isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM privacy.attachment_content WHERE child_id = ?::uuid",
                Long.class, id(child))).as("nothing stored").isZero();
    }

    @Test
    void bytes_altered_in_the_database_are_refused_and_reported_by_the_verifier() {
        String child = child();
        Api.Reply uploaded = api.upload(child + "/attachments?kind=GUARDIANSHIP_AGREEMENT", "监护责任书.pdf",
                "%PDF-1.4 agreement".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String attachmentId = uploaded.json().get("attachmentId").asText();
        String path = child + "/attachments/" + attachmentId + "?minPosition=" + uploaded.position();
        byte[] sealed = jdbc.queryForObject("SELECT sealed FROM privacy.attachment_content WHERE child_id = ?::uuid",
                byte[].class, id(child));
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;
        jdbc.update("UPDATE privacy.attachment_content SET sealed = ? WHERE child_id = ?::uuid", altered, id(child));
        try {
            Api.Download refused = api.download(path);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("attachment-altered");
            JsonNode verification = api.as("bureau").get("/api/v1/integrity/verification").json();
            assertThat(verification.get("status").asText()).isEqualTo("broken");
            assertThat(verification.get("alteredAttachments").findValuesAsText("attachmentId")).contains(attachmentId);
        } finally {
            jdbc.update("UPDATE privacy.attachment_content SET sealed = ? WHERE child_id = ?::uuid", sealed, id(child));
        }
        assertThat(api.download(path).status()).as("the true bytes open again").isEqualTo(200);
    }

    @Test
    void after_erasure_nobody_reads_the_files() {
        String child = child();
        Api.Reply uploaded = api.upload(child + "/attachments?kind=PHOTO", "x.jpg", PHOTO);
        String attachment = child + "/attachments/" + uploaded.json().get("attachmentId").asText();
        Api bureau = api.as("bureau");
        assertThat(bureau.post(child + "/closure", Map.of("effectiveOn", LocalDate.now().toString(),
                "reason", "moved away")).status()).isEqualTo(200);
        long erased = bureau.post(child + "/erasure", Map.of("reason", "retention period ended")).position();
        for (String account : new String[]{"bureau", "director", "supervisor", "inspector"}) {
            assertThat(api.as(account).download(attachment + "?minPosition=" + erased).status()).as(account)
                    .isEqualTo(410);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM privacy.attachment_content WHERE child_id = ?::uuid",
                Long.class, id(child))).as("the sealed bytes are gone with the key").isZero();
        assertThat(bureau.get("/api/v1/integrity/verification").json().get("alteredAttachments").toString())
                .as("an erased file is no broken file").doesNotContain(id(child));
    }

    private static String id(String childPath) {
        return childPath.substring("/api/v1/children/".length());
    }
}
