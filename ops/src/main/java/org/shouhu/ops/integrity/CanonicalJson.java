package org.shouhu.ops.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Metadata in one canonical text, whatever the order its keys were stored in: compact JSON
 * with the keys of every object sorted by their UTF-16 code units, without the chain's own
 * fields ({@code previousHash}, {@code hash}).
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CanonicalJson() {
    }

    /** @param metaDataJson the stored metadata; null or empty counts as {@code {}} */
    public static String metaData(String metaDataJson) {
        try {
            JsonNode node = metaDataJson == null || metaDataJson.isBlank()
                    ? JsonNodeFactory.instance.objectNode() : MAPPER.readTree(metaDataJson);
            if (node instanceof ObjectNode object) {
                object.remove(EventHash.PREVIOUS_HASH);
                object.remove(EventHash.HASH);
            }
            return MAPPER.writeValueAsString(sorted(node));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored metadata is not JSON", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (String name : names) {
                copy.set(name, sorted(object.get(name)));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
