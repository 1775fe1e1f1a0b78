package org.shouhu.ops.ui.inspection;

import org.shouhu.ops.integrity.IntegrityEndpoint;
import org.shouhu.ops.ui.Trees;
import org.shouhu.ops.ui.UiProperties;
import org.shouhu.query.audit.AccessLogEndpoint;
import org.shouhu.query.reports.CorrectionsEndpoint;
import org.shouhu.query.reports.LateEntriesEndpoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/**
 * What an inspector looks at: whether the record is intact (checkpoints, and a verification
 * on demand, which reads the whole store), who read which child's file, and what was recorded
 * late or corrected.
 */
@Controller
public class InspectionPages {

    private final IntegrityEndpoint integrity;
    private final AccessLogEndpoint accessLog;
    private final LateEntriesEndpoint lateEntries;
    private final CorrectionsEndpoint corrections;
    private final Trees trees;
    private final UiProperties properties;
    /** Late entries: recorded more than this many days after they happened, unless the reader asks otherwise. */
    private final int lateAfterDays;

    public InspectionPages(IntegrityEndpoint integrity, AccessLogEndpoint accessLog, LateEntriesEndpoint lateEntries,
                           CorrectionsEndpoint corrections, Trees trees, UiProperties properties,
                           @Value("${shouhu.reports.late-after-days:7}") int lateAfterDays) {
        this.integrity = integrity;
        this.accessLog = accessLog;
        this.lateEntries = lateEntries;
        this.corrections = corrections;
        this.trees = trees;
        this.properties = properties;
        this.lateAfterDays = lateAfterDays;
    }

    @GetMapping("/ui/inspection/integrity")
    public String integrity(@RequestParam(defaultValue = "false") boolean verify, @RequestParam(required = false) String cursor,
                            Model model) {
        model.addAttribute("checkpoints", trees.map(integrity.checkpoints(properties.pageSize(), cursor)));
        model.addAttribute("verification", verify ? trees.map(integrity.verification()) : null);
        return "ui/inspection-integrity";
    }

    @GetMapping("/ui/inspection/access-log")
    public String accessLog(@RequestParam(required = false) UUID childId, @RequestParam(required = false) String account,
                            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("entries", trees.map(accessLog.entries(childId, blankToNull(account), blankToNull(from),
                blankToNull(to), properties.pageSize(), cursor)));
        model.addAttribute("childId", childId);
        model.addAttribute("account", account);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "ui/inspection-access";
    }

    @GetMapping("/ui/inspection/late-entries")
    public String lateEntries(@RequestParam(required = false) Integer days, @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) String correctionsCursor, Model model) {
        int lateAfter = days == null ? lateAfterDays : days;
        model.addAttribute("days", lateAfter);
        model.addAttribute("late", trees.map(lateEntries.lateEntries(lateAfter, properties.pageSize(), cursor, null)));
        model.addAttribute("corrections", trees.map(corrections.corrections(properties.pageSize(), correctionsCursor, null)));
        return "ui/inspection-late";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
