-- The access log: who looked at which child's identifiable record, when, from where and why.
-- Append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused by triggers,
-- whoever asks (see docs/operations.md for the grants on an external PostgreSQL).
CREATE SCHEMA audit;

CREATE TABLE audit.access_log (
    id             BIGSERIAL    PRIMARY KEY,
    accessed_at    TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    account        VARCHAR(100) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    area           VARCHAR(130) NOT NULL,
    child_id       UUID         NOT NULL,
    what           VARCHAR(40)  NOT NULL,
    query          VARCHAR(1000),
    purpose        VARCHAR(200),
    client_address VARCHAR(64)
);
CREATE INDEX access_log_child ON audit.access_log (child_id, id);
CREATE INDEX access_log_account ON audit.access_log (account, id);
CREATE INDEX access_log_time ON audit.access_log (accessed_at);

CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit.access_log is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE ON audit.access_log
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON audit.access_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
