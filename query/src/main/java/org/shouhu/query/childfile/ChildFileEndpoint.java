package org.shouhu.query.childfile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.shouhu.query.audit.AccessLog;
import org.shouhu.query.paging.InvalidParameter;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.scope.ChildVisibility;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** {@code GET /children/{id}}: the child's file now, or as known on a past date. */
@RestController
@RequestMapping("/api/v1/children")
public class ChildFileEndpoint {

    private final ChildFiles files;
    private final ProjectionPositions positions;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final ChildVisibility visibility;
    private final AccessLog accessLog;

    public ChildFileEndpoint(ChildFiles files, ProjectionPositions positions, ObjectMapper objectMapper, Clock clock,
                             ChildVisibility visibility, AccessLog accessLog) {
        this.visibility = visibility;
        this.accessLog = accessLog;
        this.files = files;
        this.positions = positions;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @GetMapping("/{childId}")
    public ResponseEntity<ObjectNode> file(@PathVariable UUID childId,
                                           @RequestParam(required = false) String asOf,
                                           @RequestParam(required = false) Long minPosition) {
        LocalDate day = asOf == null ? null : day(asOf);
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        visibility.requireVisible(childId);
        ChildFile file = (day == null ? files.current(childId) : files.asOf(childId, day))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        day == null ? "No child with this id" : "No child with this id was registered by " + day));
        accessLog.childRead(childId, day == null ? "child-file" : "child-file-as-of");
        ObjectNode body = objectMapper.valueToTree(file);
        body.remove("trail");
        body.put("openInterventions", file.openInterventions());
        body.put("asOf", day == null ? null : day.toString());
        body.put("position", position);
        return ResponseEntity.ok().eTag("\"" + file.version + "\"").body(body);
    }

    private LocalDate day(String asOf) {
        LocalDate day;
        try {
            day = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter("asOf", "format", "asOf must be a date YYYY-MM-DD");
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidParameter("asOf", "date.in-future", "asOf must not be after today");
        }
        return day;
    }
}
