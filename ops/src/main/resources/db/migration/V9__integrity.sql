-- Provable history. Each event's hash (also in its metadata, with the previous event's hash)
-- is kept in a column of its own, from which checkpoints and inclusion proofs are computed.
ALTER TABLE domain_event_entry ADD COLUMN event_hash CHAR(64);

-- The record is append-only in the database itself, whoever asks: no event is changed or
-- removed (a mistake is corrected by a later event). On an external PostgreSQL the
-- application's role also lacks the grants (docs/operations.md).
CREATE SCHEMA integrity;

CREATE FUNCTION integrity.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%.% is append-only: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION integrity.refuse_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.refuse_change();

-- Signed checkpoints over the global order of events: the Merkle root (RFC 9162) of the
-- hashes of the first tree_size events, chained to the checkpoint before, signed with Ed25519.
-- "statement" is the exact text that is hashed and signed; the other columns repeat it for queries.
CREATE TABLE integrity.checkpoint (
    id              BIGSERIAL   PRIMARY KEY,
    tree_size       BIGINT      NOT NULL UNIQUE,
    last_position   BIGINT      NOT NULL,
    root_hash       CHAR(64)    NOT NULL,
    previous_hash   CHAR(64)    NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    statement       TEXT        NOT NULL,
    checkpoint_hash CHAR(64)    NOT NULL UNIQUE,
    key_id          VARCHAR(16) NOT NULL,
    signature       TEXT        NOT NULL,
    -- the perfect subtrees' roots after tree_size leaves: where the next checkpoint resumes
    frontier        TEXT        NOT NULL
);

CREATE TRIGGER checkpoints_append_only BEFORE UPDATE OR DELETE ON integrity.checkpoint
    FOR EACH ROW EXECUTE FUNCTION integrity.refuse_change();
CREATE TRIGGER checkpoints_no_truncate BEFORE TRUNCATE ON integrity.checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.refuse_change();
