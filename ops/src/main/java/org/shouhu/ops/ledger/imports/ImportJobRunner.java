package org.shouhu.ops.ledger.imports;

import org.shouhu.ops.logging.FailureDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs real imports one after the other on a thread of their own: rows are recorded one
 * transaction each, and two imports at once would only compete for the same store. A job that
 * fails is marked FAILED with what it had done; importing the file again does the rest.
 */
@Component
public class ImportJobRunner implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobRunner.class);

    private final LedgerImport ledgerImport;
    private final ImportJobs jobs;
    private final ImportProperties properties;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread worker = new Thread(runnable, "ledger-import");
        worker.setDaemon(true);
        return worker;
    });

    public ImportJobRunner(LedgerImport ledgerImport, ImportJobs jobs, ImportProperties properties) {
        this.ledgerImport = ledgerImport;
        this.jobs = jobs;
        this.properties = properties;
    }

    /** Takes over the upload: it is removed when the job ends. */
    void submit(LedgerUpload upload, CheckedFile checked, ImportRequest request) {
        jobs.start(request, checked);
        thread.submit(() -> run(upload, checked, request));
    }

    private void run(LedgerUpload upload, CheckedFile checked, ImportRequest request) {
        ImportTally tally = new ImportTally(properties.errorsKept());
        try (upload) {
            ledgerImport.run(upload.path(), checked, request, properties.maxRows(), properties.rowsPerTransaction(),
                    plan -> {
                tally.add(plan);
                if (tally.rows() % properties.progressEvery() == 0) {
                    jobs.progress(request.jobId(), tally);
                }
            });
            jobs.finish(request.jobId(), tally, "DONE");
            LOG.info("ledger import done: job={} rows={} created={} updated={} unchanged={} failed={}",
                    request.jobId(), tally.rows(), tally.count(ImportAction.CREATE),
                    tally.count(ImportAction.UPDATE), tally.count(ImportAction.UNCHANGED),
                    tally.count(ImportAction.ERROR));
        } catch (RuntimeException failure) {
            LOG.error("ledger import failed: job={} rowsDone={} cause={}", request.jobId(), tally.rows(),
                    FailureDescription.of(failure));
            jobs.finish(request.jobId(), tally, "FAILED");
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
