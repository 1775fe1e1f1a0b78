package org.shouhu.ops.ledger.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code shouhu.imports.*}: the limits of a ledger import.
 *
 * @param maxFileSize    the largest file accepted (also the multipart limit of the web server)
 * @param maxRows        the most rows a file may have, its header included
 * @param errorsKept     how many row errors a job keeps for its answer (all are counted)
 * @param progressEvery  how many rows a job records between two updates of its progress
 * @param rowsPerTransaction how many rows one transaction records: more is faster, and holds the
 *                       store's append lock longer (other writes wait for the batch)
 */
@ConfigurationProperties("shouhu.imports")
public record ImportProperties(DataSize maxFileSize, int maxRows, int errorsKept, int progressEvery,
                               int rowsPerTransaction) {

    public ImportProperties {
        if (maxFileSize == null || maxFileSize.toBytes() <= 0) {
            throw new IllegalArgumentException("shouhu.imports.max-file-size must be a positive size, e.g. 50MB");
        }
        if (maxRows < 2 || errorsKept < 0 || progressEvery < 1 || rowsPerTransaction < 1) {
            throw new IllegalArgumentException("shouhu.imports.max-rows must be 2 or more, errors-kept 0 or more,"
                    + " progress-every and rows-per-transaction 1 or more");
        }
    }
}
