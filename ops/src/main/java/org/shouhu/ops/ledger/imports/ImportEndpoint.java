package org.shouhu.ops.ledger.imports;

import org.shouhu.command.web.Actor;
import org.shouhu.events.accounts.AccountRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/v1/imports} (multipart, part {@code file}): a ledger in .xlsx or .csv. With
 * {@code dryRun=true} the answer says, row by row, what the import would do and every error,
 * and records nothing. Without, the file is checked as a whole (a bad file is refused at once,
 * recording nothing), then imported by a job: {@code 202} with the job, whose progress
 * {@code GET /api/v1/imports/{jobId}} follows. Importing the same file again changes nothing.
 */
@RestController
@RequestMapping("/api/v1/imports")
public class ImportEndpoint {

    private final LedgerImport ledgerImport;
    private final ImportJobRunner runner;
    private final ImportJobs jobs;
    private final ImportProperties properties;

    public ImportEndpoint(LedgerImport ledgerImport, ImportJobRunner runner, ImportJobs jobs,
                          ImportProperties properties) {
        this.ledgerImport = ledgerImport;
        this.runner = runner;
        this.jobs = jobs;
        this.properties = properties;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<?> importLedger(@RequestParam("file") MultipartFile file,
                                          @RequestParam(defaultValue = "false") boolean dryRun) {
        LedgerUpload upload = LedgerUpload.of(file);
        ImportRequest request = new ImportRequest(UUID.randomUUID().toString(), upload.fileName(), upload.sha256(),
                Actor.current(), dryRun);
        if (dryRun) {
            try (upload) {
                return ResponseEntity.ok(dryRun(upload, request));
            }
        }
        CheckedFile checked;
        try {
            checked = LedgerCheck.check(upload.path(), properties.maxRows());
        } catch (RuntimeException refused) {
            upload.close();
            throw refused;
        }
        runner.submit(upload, checked, request);
        ImportJob job = jobs.find(UUID.fromString(request.jobId())).orElseThrow();
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/imports/" + job.jobId()))
                .body(job);
    }

    private DryRunReport dryRun(LedgerUpload upload, ImportRequest request) {
        CheckedFile checked = LedgerCheck.check(upload.path(), properties.maxRows());
        ImportTally tally = new ImportTally(0);
        List<RowOutcome> results = new ArrayList<>(checked.rows());
        ledgerImport.run(upload.path(), checked, request, properties.maxRows(), properties.rowsPerTransaction(),
                plan -> {
            tally.add(plan);
            results.add(RowOutcome.of(plan));
        });
        return new DryRunReport(true, upload.fileName(), upload.sha256(), checked.format().name(), tally.rows(),
                tally.count(ImportAction.CREATE), tally.count(ImportAction.UPDATE),
                tally.count(ImportAction.UNCHANGED), tally.count(ImportAction.ERROR), checked.header().ignored(),
                results);
    }

    /** A job is seen by the account that started it and by the bureau; to anyone else it does not exist. */
    @GetMapping("/{jobId}")
    public ImportJob job(@PathVariable UUID jobId) {
        Actor actor = Actor.current();
        return jobs.find(jobId)
                .filter(job -> job.account().equals(actor.id()) || actor.role().equals(AccountRole.BUREAU.name()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import job with this id"));
    }
}
