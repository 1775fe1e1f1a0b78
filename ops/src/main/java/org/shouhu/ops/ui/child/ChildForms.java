package org.shouhu.ops.ui.child;

import org.shouhu.events.attachments.AttachmentKind;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ParentStatus;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.conflicts.ConflictResolution;
import org.shouhu.events.common.Sex;
import org.shouhu.events.concerns.ConcernSeverity;
import org.shouhu.events.concerns.ConcernSource;
import org.shouhu.events.guardianship.GuardianCapacity;
import org.shouhu.events.guardianship.GuardianRelation;
import org.shouhu.events.interventions.InterventionOutcome;
import org.shouhu.events.interventions.InterventionType;
import org.shouhu.events.visits.RiskIndicator;
import org.shouhu.events.visits.VisitKind;
import org.shouhu.ops.ui.Trees;
import org.shouhu.query.childfile.ChildFileEndpoint;
import org.shouhu.query.workforce.WorkforceEndpoint;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The forms of a day's work on a child, each one API call: the page only lays the fields
 * out; what is required, what a value may be and what may be done is decided by the API,
 * whose refusals the page shows beside the fields.
 */
@Controller
public class ChildForms {

    private static final String CHILD = "/api/v1/children/";

    private final ChildFileEndpoint files;
    private final WorkforceEndpoint workforce;
    private final Trees trees;
    private final Clock clock;

    public ChildForms(ChildFileEndpoint files, WorkforceEndpoint workforce, Trees trees, Clock clock) {
        this.files = files;
        this.workforce = workforce;
        this.trees = trees;
        this.clock = clock;
    }

    @GetMapping("/ui/children/new")
    public String register(Model model) {
        model.addAttribute("form", new Form("register", "/api/v1/children", false, List.of(
                FormField.text("name", true),
                FormField.select("sex", true, Sex.class),
                FormField.date("dateOfBirth", true, null),
                FormField.text("residentId", true),
                FormField.text("township", true),
                FormField.text("village", true),
                FormField.select("primaryCategory", true, ChildCategory.class),
                FormField.choices("tags", ChildCategory.class),
                FormField.select("parents.father", false, ParentStatus.class),
                FormField.select("parents.mother", false, ParentStatus.class),
                FormField.text("guardian.guardianName", false),
                FormField.select("guardian.relation", false, GuardianRelation.class),
                FormField.text("guardian.phone", false),
                FormField.select("guardian.capacity", false, GuardianCapacity.class),
                FormField.date("guardian.effectiveOn", false, null),
                FormField.notes("guardian.reason", false))));
        model.addAttribute("childId", null);
        model.addAttribute("childName", null);
        return "ui/form";
    }

    @GetMapping("/ui/children/{childId}/forms/{name}")
    public String form(@PathVariable UUID childId, @PathVariable String name,
                       @RequestParam(required = false) UUID intervention, @RequestParam(required = false) UUID concern,
                       @RequestParam(required = false) UUID event, @RequestParam(required = false) UUID conflict,
                       Model model) {
        Map<String, Object> file = trees.map(files.file(childId, null, null).getBody());
        String today = LocalDate.now(clock).toString();
        String child = CHILD + childId;
        Form form = switch (name) {
            case "visit" -> new Form(name, child + "/visits", false, visitFields(today));
            case "guardianship" -> new Form(name, child + "/guardianship", false, List.of(
                    FormField.text("guardianName", true),
                    FormField.select("relation", true, GuardianRelation.class),
                    FormField.text("phone", true),
                    FormField.select("capacity", false, GuardianCapacity.class),
                    FormField.date("effectiveOn", true, today),
                    FormField.notes("reason", true)));
            case "risk" -> new Form(name, child + "/risk", false, riskFields());
            case "concern" -> new Form(name, child + "/concerns", false, concernFields(today));
            case "concern-closure" -> new Form(name, child + "/concerns/" + required(concern) + "/closure", false, List.of(
                    FormField.date("closedOn", false, today),
                    FormField.notes("reason", true)));
            case "intervention" -> new Form(name, child + "/interventions", false, List.of(
                    FormField.select("type", true, InterventionType.class),
                    FormField.notes("goal", true),
                    FormField.date("openedOn", true, today),
                    FormField.select("concernId", false, concerns(file), concern == null ? null : concern.toString())));
            case "progress" -> new Form(name, child + "/interventions/" + required(intervention) + "/progress", false,
                    progressFields(today, false));
            case "conflict" -> new Form(name, child + "/conflicts/" + required(conflict) + "/resolution", false, List.of(
                    FormField.select("resolution", true, ConflictResolution.class),
                    FormField.notes("reason", true)));
            case "intervention-closure" -> new Form(name, child + "/interventions/" + required(intervention) + "/closure",
                    false, List.of(
                    FormField.date("closedOn", true, today),
                    FormField.select("outcome", true, InterventionOutcome.class),
                    FormField.notes("note", true)));
            case "referral" -> new Form(name, child + "/referrals", false, List.of(
                    FormField.select("partnerId", true, partners(), null),
                    FormField.notes("reason", true),
                    FormField.date("madeOn", true, today)));
            case "correction" -> new Form(name, child + "/corrections", false, List.of(
                    FormField.hidden("eventId", required(event).toString()),
                    FormField.text("field", true),
                    FormField.text("correctedValue", true),
                    FormField.notes("reason", true)));
            case "attachment" -> new Form(name, child + "/attachments", true, List.of(
                    FormField.file("file"),
                    FormField.select("kind", true, AttachmentKind.class)));
            case "flag" -> new Form(name, child + "/flags", false, List.of(
                    FormField.notes("message", true)));
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such form");
        };
        model.addAttribute("form", form);
        model.addAttribute("childId", childId);
        model.addAttribute("childName", Boolean.TRUE.equals(file.get("erased")) ? null : file.get("name"));
        return "ui/form";
    }

    // The forms of the work done at a child's home: the same online and in offline capture.

    public static List<FormField> visitFields(String today) {
        return List.of(
                FormField.date("occurredOn", true, today),
                FormField.select("kind", true, VisitKind.class),
                FormField.yesNo("childSeen", true),
                FormField.notes("findings", true),
                FormField.choices("riskIndicators", RiskIndicator.class));
    }

    public static List<FormField> concernFields(String today) {
        return List.of(
                FormField.date("occurredOn", true, today),
                FormField.select("source", true, ConcernSource.class),
                FormField.select("severity", false, ConcernSeverity.class),
                FormField.notes("description", true));
    }

    /** @param choosingIntervention offline, the intervention is chosen in the form (online, the page was opened from it) */
    public static List<FormField> progressFields(String today, boolean choosingIntervention) {
        FormField occurredOn = FormField.date("occurredOn", true, today);
        FormField note = FormField.notes("note", true);
        return choosingIntervention
                ? List.of(FormField.select("interventionId", true, List.of(), null), occurredOn, note)
                : List.of(occurredOn, note);
    }

    public static List<FormField> riskFields() {
        return List.of(FormField.select("level", true, RiskLevel.class), FormField.notes("reason", true));
    }

    private static UUID required(UUID id) {
        if (id == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This form belongs to an entry: open it from the child's page");
        }
        return id;
    }

    /** The child's concerns, so that an intervention can say which one it answers. */
    @SuppressWarnings("unchecked")
    private static List<FormField.Choice> concerns(Map<String, Object> file) {
        List<Map<String, Object>> concerns = (List<Map<String, Object>>) file.getOrDefault("concerns", List.of());
        return concerns.stream().map(concern -> new FormField.Choice((String) concern.get("concernId"),
                concern.get("occurredOn") + " · " + concern.get("description"))).toList();
    }

    private List<FormField.Choice> partners() {
        return workforce.partners(null).items().stream()
                .map(partner -> new FormField.Choice(partner.partnerId(), partner.name())).toList();
    }
}
