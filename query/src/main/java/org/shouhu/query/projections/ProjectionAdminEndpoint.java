package org.shouhu.query.projections;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code /admin/projections}: how far each read model is, and rebuilding them (bureau only). */
@RestController
@RequestMapping("/api/v1/admin/projections")
public class ProjectionAdminEndpoint {

    private final ProjectionAdministration administration;

    public ProjectionAdminEndpoint(ProjectionAdministration administration) {
        this.administration = administration;
    }

    public record RebuildRequest(List<String> names) {
    }

    @GetMapping
    public List<ProjectionAdministration.ProjectionStatus> status() {
        return administration.status();
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public List<ProjectionAdministration.ProjectionStatus> rebuild(@RequestBody(required = false) RebuildRequest body) {
        return administration.rebuild(body == null ? List.of() : body.names());
    }
}
