package org.shouhu.ops.ui;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Turns an API answer into the plain maps and lists a template reads, through the same JSON
 * mapping the API answers with, so that a page shows exactly the fields a client would get.
 */
@Component
public class Trees {

    private final ObjectMapper objectMapper;

    public Trees(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Map<String, Object> map(Object answer) {
        return objectMapper.convertValue(answer, new TypeReference<>() {
        });
    }

    /** The answer as JSON text, for a chart's script to read from the page. */
    public String json(Object answer) {
        try {
            return objectMapper.writeValueAsString(answer);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an API answer could not be written as JSON", e);
        }
    }
}
