-- Every verification of the whole record (periodic, asked for through the API, or by the
-- verify command): when it ended, on which node, and whether the record was intact. Nodes read
-- the newest to know whether a periodic verification is due and to export its result as a metric.
CREATE TABLE integrity.verification (
    id                  BIGSERIAL    PRIMARY KEY,
    node_id             VARCHAR(200) NOT NULL,
    finished_at         TIMESTAMPTZ  NOT NULL,
    intact              BOOLEAN      NOT NULL,
    events_checked      BIGINT       NOT NULL,
    checkpoints_checked BIGINT       NOT NULL
);

-- append-only, like the checkpoints: a verification that found the record broken stays on record
CREATE TRIGGER verification_append_only BEFORE UPDATE OR DELETE ON integrity.verification
    FOR EACH ROW EXECUTE FUNCTION integrity.refuse_change();
CREATE TRIGGER verification_no_truncate BEFORE TRUNCATE ON integrity.verification
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.refuse_change();
