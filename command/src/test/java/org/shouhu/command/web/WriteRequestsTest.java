package org.shouhu.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The headers of an offline sync: when the entry was captured, and against which version of the child. */
class WriteRequestsTest {

    private final WriteRequests writeRequests = new WriteRequests(new ObjectMapper());
    private final Map<String, String> body = Map.of("level", "HIGH");

    private static MockHttpServletRequest post() {
        return new MockHttpServletRequest("POST", "/api/v1/children/3f0c1a52-8f7e-4d43-9a55-0b8f3c1e2d11/risk");
    }

    @Test
    void a_synced_entry_carries_its_capture_time_and_the_version_it_was_captured_against() {
        MockHttpServletRequest http = post();
        http.addHeader(WriteRequests.CAPTURED_AT, "2026-11-29T08:15:30Z");
        http.addHeader(WriteRequests.CAPTURED_AGAINST_VERSION, "7");

        WriteRequest request = writeRequests.of(http, body, null);

        assertThat(request.capturedAt()).isEqualTo(Instant.parse("2026-11-29T08:15:30Z"));
        assertThat(request.capturedAgainstVersion()).isEqualTo(7L);
    }

    @Test
    void a_capture_time_with_the_devices_offset_is_the_same_instant() {
        MockHttpServletRequest http = post();
        http.addHeader(WriteRequests.CAPTURED_AT, "2026-11-29T16:15:30+08:00");

        assertThat(writeRequests.of(http, body, null).capturedAt()).isEqualTo(Instant.parse("2026-11-29T08:15:30Z"));
    }

    @Test
    void a_live_write_has_neither() {
        WriteRequest request = writeRequests.of(post(), body, null);

        assertThat(request.capturedAt()).isNull();
        assertThat(request.capturedAgainstVersion()).isNull();
    }

    @Test
    void the_capture_headers_are_not_part_of_what_makes_a_retry_the_same_request() {
        MockHttpServletRequest synced = post();
        synced.addHeader(WriteRequests.CAPTURED_AT, "2026-11-29T08:15:30Z");
        synced.addHeader(WriteRequests.CAPTURED_AGAINST_VERSION, "7");

        assertThat(writeRequests.of(synced, body, null).fingerprint())
                .isEqualTo(writeRequests.of(post(), body, null).fingerprint());
    }

    @Test
    void a_malformed_capture_time_is_refused_naming_the_header() {
        for (String malformed : new String[]{"yesterday", "2026-11-29", "2026-11-29T08:15:30", ""}) {
            MockHttpServletRequest http = post();
            http.addHeader(WriteRequests.CAPTURED_AT, malformed);
            assertThatThrownBy(() -> writeRequests.of(http, body, null)).as(malformed)
                    .isInstanceOfSatisfying(InvalidHeaderException.class,
                            e -> assertThat(e.header()).isEqualTo("X-Captured-At"));
        }
    }

    @Test
    void a_malformed_captured_version_is_refused_naming_the_header() {
        for (String malformed : new String[]{"-1", "seven", "\"7\"", "1.5", "", "1234567890123456789"}) {
            MockHttpServletRequest http = post();
            http.addHeader(WriteRequests.CAPTURED_AGAINST_VERSION, malformed);
            assertThatThrownBy(() -> writeRequests.of(http, body, null)).as(malformed)
                    .isInstanceOfSatisfying(InvalidHeaderException.class,
                            e -> assertThat(e.header()).isEqualTo("X-Captured-Against-Version"));
        }
    }
}
