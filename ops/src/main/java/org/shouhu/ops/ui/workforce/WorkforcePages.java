package org.shouhu.ops.ui.workforce;

import org.shouhu.ops.ui.Trees;
import org.shouhu.query.workforce.WorkforceEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The people who do the work in the reader's area, and the activities held there. */
@Controller
public class WorkforcePages {

    private final WorkforceEndpoint workforce;
    private final Trees trees;

    public WorkforcePages(WorkforceEndpoint workforce, Trees trees) {
        this.workforce = workforce;
        this.trees = trees;
    }

    @GetMapping("/ui/workers")
    public String workers(Model model) {
        model.addAttribute("workers", trees.map(workforce.workers(null)));
        return "ui/workers";
    }

    @GetMapping("/ui/activities")
    public String activities(Model model) {
        model.addAttribute("activities", trees.map(workforce.activities(null, null, null)));
        return "ui/activities";
    }
}
