-- Imports of ledger files run as jobs: their progress and outcome, and the errors of their rows
-- (row, column, rule and message; never the cells' text, which may be personal data).
CREATE SCHEMA IF NOT EXISTS imports;

CREATE TABLE imports.import_job (
    job_id      UUID         PRIMARY KEY,
    account     VARCHAR(100) NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    format      VARCHAR(4)   NOT NULL,
    status      VARCHAR(12)  NOT NULL,
    total_rows  INT          NOT NULL,
    rows_done   INT          NOT NULL DEFAULT 0,
    created     INT          NOT NULL DEFAULT 0,
    updated     INT          NOT NULL DEFAULT 0,
    unchanged   INT          NOT NULL DEFAULT 0,
    failed      INT          NOT NULL DEFAULT 0,
    errors      JSONB        NOT NULL DEFAULT '[]',
    started_at  TIMESTAMPTZ  NOT NULL,
    -- moved on with the progress: a running job untouched for long ran on a node that stopped
    touched_at  TIMESTAMPTZ  NOT NULL,
    finished_at TIMESTAMPTZ
);
CREATE INDEX import_job_account ON imports.import_job (account, started_at);
