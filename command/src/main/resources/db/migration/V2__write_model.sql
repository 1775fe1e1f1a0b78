-- Lookups the write side needs to enforce rules across streams, and the record of answered
-- writes. Each row is written in the same transaction as the events it goes with.
CREATE SCHEMA write_model;

-- Set validation: one resident ID, one child. The unique key makes the second of two
-- concurrent registrations wait for the first and then fail; neither can slip through.
CREATE TABLE write_model.resident_id_claim (
    resident_id VARCHAR(18) PRIMARY KEY,
    child_id    UUID        NOT NULL,
    claimed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The first answer to every (account, Idempotency-Key): a retry gets it back and records nothing.
CREATE TABLE write_model.idempotency_record (
    actor_id            VARCHAR(100)  NOT NULL,
    idempotency_key     VARCHAR(200)  NOT NULL,
    request_fingerprint CHAR(64)      NOT NULL,
    response_status     INTEGER       NOT NULL,
    response_body       TEXT          NOT NULL,
    location            VARCHAR(500),
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (actor_id, idempotency_key)
);
