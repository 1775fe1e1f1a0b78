package org.shouhu.ops.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The stored metadata of an event, read for its chain fields; unreadable metadata has none. */
final class StoredChain {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredChain() {
    }

    static JsonNode of(String metaData) {
        try {
            return metaData == null ? JSON.createObjectNode() : JSON.readTree(metaData);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
