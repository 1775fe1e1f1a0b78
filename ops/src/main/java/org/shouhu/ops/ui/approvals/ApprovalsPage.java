package org.shouhu.ops.ui.approvals;

import org.shouhu.ops.ui.Trees;
import org.shouhu.ops.ui.UiProperties;
import org.shouhu.query.approvals.ApprovalsEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supervisor's queue: changes a director asked for that wait for a second pair of eyes. */
@Controller
public class ApprovalsPage {

    private final ApprovalsEndpoint approvals;
    private final Trees trees;
    private final UiProperties properties;

    public ApprovalsPage(ApprovalsEndpoint approvals, Trees trees, UiProperties properties) {
        this.approvals = approvals;
        this.trees = trees;
        this.properties = properties;
    }

    @GetMapping("/ui/approvals")
    public String approvals(@RequestParam(required = false) String cursor, @RequestParam(required = false) Long minPosition,
                            Model model) {
        model.addAttribute("approvals", trees.map(approvals.approvals("PENDING", properties.pageSize(), cursor, minPosition)));
        return "ui/approvals";
    }
}
