package org.shouhu.ops.ui.imports;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The ledger import: the page sends the file to the API (a dry run first, by default) and
 * shows the rows it would refuse, or follows the import job to its end.
 */
@Controller
public class ImportPage {

    @GetMapping("/ui/imports")
    public String imports() {
        return "ui/imports";
    }
}
