package org.shouhu.query.reports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the summary as a spreadsheet ({@code format=xlsx}). The query module reads; the
 * application module, which has the spreadsheet library, supplies the writer.
 */
public interface SummarySpreadsheet {

    String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** @param english the labels in English rather than Chinese */
    void write(Summary summary, boolean english, OutputStream out) throws IOException;
}
