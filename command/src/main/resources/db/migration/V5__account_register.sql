-- The accounts the bureau administers through the API (configured accounts live in the
-- configuration). Written in the same transaction as the account's events; the password hash
-- is kept here, not in the events, so that it can be replaced and never lingers in the record.
CREATE TABLE write_model.account (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    area          VARCHAR(130) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    changed_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
