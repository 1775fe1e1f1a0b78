package org.shouhu.query.workforce;

import org.shouhu.events.common.Area;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.scope.Reader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /workers}, {@code /partners} and {@code /activities}: those of the reader's area and the areas around it. */
@RestController
public class WorkforceEndpoint {

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionPositions positions;
    private final Clock clock;

    public WorkforceEndpoint(NamedParameterJdbcTemplate jdbc, ProjectionPositions positions, Clock clock) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.clock = clock;
    }

    public record WorkerView(String workerId, String name, String role, String area, String phone, boolean active,
                             LocalDate registeredOn, LocalDate retiredOn, BigDecimal trainingHoursThisYear) {
    }

    public record ActivityView(String activityId, String type, LocalDate heldOn, String area, String organiser,
                               int participants, int materialsDistributed) {
    }

    public record PartnerView(String partnerId, String name, String kind, String area, String phone) {
    }

    public record Listing<T>(List<T> items, long position) {
    }

    /** The partner organisations a child of the reader's area can be referred to. */
    @GetMapping("/api/v1/partners")
    public Listing<PartnerView> partners(@RequestParam(required = false) Long minPosition) {
        long position = positions.awaitAtLeast(WorkforceProjection.NAME, minPosition);
        Area area = Reader.current().area();
        List<PartnerView> partners = jdbc.query("SELECT p.* FROM read_model.partner p WHERE " + AreaScope.sql(area, "p")
                        + " ORDER BY p.kind, p.name, p.partner_id", AreaScope.parameters(area),
                (rs, i) -> new PartnerView(rs.getString("partner_id"), rs.getString("name"), rs.getString("kind"),
                        areaOf(rs.getString("township"), rs.getString("village")), rs.getString("phone")));
        return new Listing<>(partners, position);
    }

    @GetMapping("/api/v1/workers")
    public Listing<WorkerView> workers(@RequestParam(required = false) Long minPosition) {
        long position = positions.awaitAtLeast(WorkforceProjection.NAME, minPosition);
        Area area = Reader.current().area();
        MapSqlParameterSource parameters = AreaScope.parameters(area)
                .addValue("yearStart", LocalDate.now(clock).withDayOfYear(1));
        List<WorkerView> workers = jdbc.query("SELECT w.*, (SELECT coalesce(sum(t.hours), 0) FROM read_model.training t"
                        + " WHERE t.worker_id = w.worker_id AND t.completed_on >= :yearStart) AS hours"
                        + " FROM read_model.worker w WHERE " + AreaScope.sql(area, "w")
                        + " ORDER BY w.township NULLS FIRST, w.village NULLS FIRST, w.role, w.worker_id", parameters,
                (rs, i) -> new WorkerView(rs.getString("worker_id"), rs.getString("name"), rs.getString("role"),
                        areaOf(rs.getString("township"), rs.getString("village")), rs.getString("phone"),
                        rs.getBoolean("active"), rs.getObject("registered_on", LocalDate.class),
                        rs.getObject("retired_on", LocalDate.class), rs.getBigDecimal("hours")));
        return new Listing<>(workers, position);
    }

    @GetMapping("/api/v1/activities")
    public Listing<ActivityView> activities(@RequestParam(required = false) LocalDate from,
                                            @RequestParam(required = false) LocalDate to,
                                            @RequestParam(required = false) Long minPosition) {
        long position = positions.awaitAtLeast(WorkforceProjection.NAME, minPosition);
        Area area = Reader.current().area();
        MapSqlParameterSource parameters = AreaScope.parameters(area)
                .addValue("from", from == null ? LocalDate.of(1, 1, 1) : from)
                .addValue("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        List<ActivityView> activities = jdbc.query("SELECT a.* FROM read_model.care_activity a WHERE "
                        + AreaScope.sql(area, "a") + " AND a.held_on BETWEEN :from AND :to ORDER BY a.held_on, a.activity_id",
                parameters, (rs, i) -> new ActivityView(rs.getString("activity_id"), rs.getString("type"),
                        rs.getObject("held_on", LocalDate.class), areaOf(rs.getString("township"), rs.getString("village")),
                        rs.getString("organiser"), rs.getInt("participants"), rs.getInt("materials_distributed")));
        return new Listing<>(activities, position);
    }

    static String areaOf(String township, String village) {
        return new Area(township, village).toString();
    }
}
