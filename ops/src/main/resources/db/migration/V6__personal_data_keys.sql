-- One data key per child, under which the personal data in its events is encrypted,
-- stored wrapped (encrypted) by the master key, which is never in the database.
-- Erasure destroys the wrapped key: the row stays, with no key and the time of destruction,
-- so that a destroyed key is known as destroyed and is never created again.
CREATE SCHEMA privacy;

CREATE TABLE privacy.data_key (
    owner_id      UUID        PRIMARY KEY,
    wrapped_key   BYTEA,
    master_key_id VARCHAR(16) NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    destroyed_at  TIMESTAMPTZ,
    CONSTRAINT destroyed_keys_are_gone CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
);

-- A key is created, and may be destroyed; nothing else. No row is deleted (the record that a
-- key was destroyed stays) and no destroyed key comes back.
CREATE FUNCTION privacy.data_keys_are_only_destroyed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' OR OLD.wrapped_key IS NULL OR NEW.wrapped_key IS NOT NULL
            OR NEW.owner_id <> OLD.owner_id THEN
        RAISE EXCEPTION 'privacy.data_key: a data key can only be destroyed (% refused)', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER data_keys_are_only_destroyed BEFORE UPDATE OR DELETE ON privacy.data_key
    FOR EACH ROW EXECUTE FUNCTION privacy.data_keys_are_only_destroyed();
CREATE TRIGGER data_keys_are_not_truncated BEFORE TRUNCATE ON privacy.data_key
    FOR EACH STATEMENT EXECUTE FUNCTION privacy.data_keys_are_only_destroyed();
