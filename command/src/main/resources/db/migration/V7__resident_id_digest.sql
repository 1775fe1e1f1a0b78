-- Resident IDs are claimed by a keyed digest (HMAC-SHA256 under a key derived from the master
-- key), never in plain text. Claims written before this version held plain resident IDs;
-- they are dropped here. A store from before this version also holds them in its events and
-- is not meant to be carried over: start it afresh (docs/operations.md, "Keys").
DROP TABLE write_model.resident_id_claim;

CREATE TABLE write_model.resident_id_claim (
    resident_id_digest CHAR(64)    PRIMARY KEY,
    child_id           UUID        NOT NULL UNIQUE,
    claimed_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
