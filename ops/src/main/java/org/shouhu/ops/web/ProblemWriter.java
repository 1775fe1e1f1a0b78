package org.shouhu.ops.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.nio.charset.StandardCharsets;

/** Writes a problem outside Spring MVC (security filters answer before any controller). */
@Component
public class ProblemWriter {

    private final ObjectMapper objectMapper;

    public ProblemWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public void write(HttpServletResponse response, HttpStatus status, String type, String detail) throws IOException {
        write(response, Problems.of(status, type, detail));
    }

    /** A refusal naming the field (or header, or parameter) and the rule it breaks. */
    public void refuse(HttpServletResponse response, HttpStatus status, String type, String field, String message,
                       String rule) throws IOException {
        write(response, Problems.invalid(status, type, message, List.of(new Problems.FieldError(field, message,
                rule))));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
