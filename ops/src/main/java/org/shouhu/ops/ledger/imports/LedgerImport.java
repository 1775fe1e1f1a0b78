package org.shouhu.ops.ledger.imports;

import org.shouhu.ops.ledger.LedgerColumn;
import org.shouhu.ops.ledger.LedgerHeader;
import org.shouhu.ops.ledger.LedgerRow;
import org.shouhu.ops.ledger.read.LedgerReader;
import org.shouhu.query.childfile.ChildFiles;
import org.shouhu.query.projections.ReadProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The second pass over a checked file: every row parsed, planned and, unless this is a dry
 * run, recorded; each row's outcome handed on as it is known, so nothing but the current row
 * is held in memory.
 */
@Component
public class LedgerImport {

    private final RegisteredChildren children;
    private final ChildFiles files;
    private final JdbcTemplate jdbc;
    private final RowWriter writer;
    private final Clock clock;
    private final ReadProperties read;

    public LedgerImport(RegisteredChildren children, ChildFiles files, JdbcTemplate jdbc, RowWriter writer,
                        Clock clock, ReadProperties read) {
        this.read = read;
        this.children = children;
        this.files = files;
        this.jdbc = jdbc;
        this.writer = writer;
        this.clock = clock;
    }

    /** @param rowsPerTransaction how many rows a transaction records (see {@link RowWriter}) */
    public void run(Path file, CheckedFile checked, ImportRequest request, int maxRows, int rowsPerTransaction,
                    Consumer<RowPlan> outcomes) {
        LedgerHeader header = checked.header();
        LedgerEntryParser parser = new LedgerEntryParser(header);
        RowPlanner planner = new RowPlanner(children, files, WorkerDirectory.load(jdbc, read.maxWait()), header,
                request.actor().area(), RowWriter.reason(request), LocalDate.now(clock));
        List<RowPlan> batch = new ArrayList<>(rowsPerTransaction);
        Runnable flush = () -> {
            List<RowPlan> done = request.dryRun() ? batch : writer.write(batch, request, header);
            done.forEach(outcomes);
            batch.clear();
        };
        LedgerReader.read(file, maxRows, line -> {
            if (line.rowNumber() <= header.rowNumber() || header.blank(line)) {
                return;
            }
            batch.add(plan(header.row(line), checked, parser, planner, header));
            if (batch.size() == rowsPerTransaction) {
                flush.run();
            }
        });
        flush.run();
    }

    private static RowPlan plan(LedgerRow row, CheckedFile checked, LedgerEntryParser parser,
                                RowPlanner planner, LedgerHeader header) {
        List<Integer> sharing = checked.sharedIds().get(row.number());
        if (sharing != null) {
            return RowPlan.failed(row.number(), null, List.of(new RowError(row.number(),
                    header.written(LedgerColumn.RESIDENT_ID), LedgerColumn.RESIDENT_ID.name(),
                    row.get(LedgerColumn.RESIDENT_ID), "resident-id.duplicate-in-file",
                    "rows " + sharing.stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + " of the file have this resident ID: keep the right one")));
        }
        LedgerEntryParser.Parsed parsed = parser.parse(row);
        if (parsed.entry() == null) {
            return RowPlan.failed(row.number(), null, parsed.errors());
        }
        return planner.plan(parsed.entry());
    }
}
