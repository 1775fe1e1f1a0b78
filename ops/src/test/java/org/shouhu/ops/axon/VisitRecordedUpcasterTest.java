package org.shouhu.ops.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.shouhu.events.visits.VisitRecorded;
import org.shouhu.ops.axon.upcasting.EventRevisions;
import org.shouhu.ops.axon.upcasting.VisitRecordedUpcaster;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored visits of the first shape are read as revision 2; what is stored is not touched. */
class VisitRecordedUpcasterTest {

    private static final String CHILD = "7d3f1a52-6a55-4a8e-9d39-3a2e0f1b9c11";
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .revisionResolver(new EventRevisions()).build();
    private final VisitRecordedUpcaster upcaster = new VisitRecordedUpcaster();

    @Test
    void a_visit_is_now_stored_as_revision_2() {
        assertThat(serializer.typeForClass(VisitRecorded.class).getRevision()).isEqualTo("2");
    }

    @Test
    void a_first_shape_visit_without_risk_indicators_is_read_with_an_empty_list() {
        IntermediateEventRepresentation read = upcast(null, visit(""));
        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(read.getData(JsonNode.class).getData().get("riskIndicators").isArray()).isTrue();
        VisitRecorded visit = serializer.deserialize(read.getData());
        assertThat(visit.riskIndicators()).isEmpty();
        assertThat(visit.findings().value()).isEqualTo("家中整洁");
    }

    @Test
    void a_first_shape_visit_with_null_risk_indicators_is_read_with_an_empty_list() {
        IntermediateEventRepresentation read = upcast(null, visit(",\"riskIndicators\":null"));
        assertThat(read.getData(JsonNode.class).getData().get("riskIndicators").size()).isZero();
    }

    @Test
    void a_first_shape_visit_keeps_the_indicators_it_has() {
        IntermediateEventRepresentation read = upcast(null, visit(",\"riskIndicators\":[\"SIGNS_OF_NEGLECT\"]"));
        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(read.getData(JsonNode.class).getData().get("riskIndicators").get(0).asText())
                .isEqualTo("SIGNS_OF_NEGLECT");
    }

    @Test
    void a_revision_2_visit_is_left_as_it_is() {
        String stored = visit(",\"riskIndicators\":[]");
        IntermediateEventRepresentation read = upcast("2", stored);
        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(read.getData(String.class).getData()).isEqualTo(stored);
    }

    private static String visit(String riskIndicators) {
        return "{\"childId\":\"" + CHILD + "\",\"visitId\":\"0b6a1c1e-2f5e-4c59-8d53-7a3a9b0e4d21\","
                + "\"occurredOn\":\"2026-11-20\",\"kind\":\"HOME\",\"childSeen\":true,\"findings\":\"家中整洁\""
                + riskIndicators + "}";
    }

    private IntermediateEventRepresentation upcast(String revision, String payload) {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("ChildCase", CHILD, 3,
                "e1", Instant.parse("2026-11-20T08:00:00Z"), VisitRecorded.class.getName(), revision, payload, "{}");
        List<IntermediateEventRepresentation> read =
                upcaster.upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
        assertThat(read).hasSize(1);
        return read.get(0);
    }
}
