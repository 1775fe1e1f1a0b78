-- Axon Framework's stores, in snake_case, with every message as JSON text (not bytea, not oid):
-- an inspector reads them with psql, e.g. SELECT payload::jsonb FROM domain_event_entry.
-- Column names match AxonStorageConfiguration.

CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL    PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              TEXT         NOT NULL CHECK (payload::jsonb IS NOT NULL),
    meta_data            TEXT         CHECK (meta_data IS NULL OR meta_data::jsonb IS NOT NULL),
    UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    payload              TEXT         NOT NULL CHECK (payload::jsonb IS NOT NULL),
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    meta_data            TEXT         CHECK (meta_data IS NULL OR meta_data::jsonb IS NOT NULL),
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          TEXT         CHECK (token IS NULL OR token::jsonb IS NOT NULL),
    token_type     VARCHAR(255),
    time_stamp     VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

CREATE TABLE saga_entry (
    saga_id         VARCHAR(255) NOT NULL PRIMARY KEY,
    revision        VARCHAR(255),
    saga_type       VARCHAR(255),
    serialized_saga BYTEA
);

CREATE TABLE association_value_entry (
    id                BIGSERIAL PRIMARY KEY,
    association_key   VARCHAR(255),
    association_value VARCHAR(255),
    saga_id           VARCHAR(255),
    saga_type         VARCHAR(255)
);
CREATE INDEX association_value_entry_saga ON association_value_entry (saga_type, association_key, association_value);
CREATE INDEX association_value_entry_saga_id ON association_value_entry (saga_id, saga_type);

-- Events a projection could not handle wait here, in order per child, instead of blocking
-- every other child (Axon's JdbcSequencedDeadLetterQueue writes these columns as bytea).
CREATE TABLE dead_letter_entry (
    dead_letter_identifier VARCHAR(255)  NOT NULL PRIMARY KEY,
    processing_group       VARCHAR(255)  NOT NULL,
    sequence_identifier    VARCHAR(255)  NOT NULL,
    sequence_index         BIGINT        NOT NULL,
    message_type           VARCHAR(255)  NOT NULL,
    event_identifier       VARCHAR(255)  NOT NULL,
    time_stamp             VARCHAR(255)  NOT NULL,
    payload_type           VARCHAR(255)  NOT NULL,
    payload_revision       VARCHAR(255),
    payload                BYTEA         NOT NULL,
    meta_data              BYTEA,
    aggregate_type         VARCHAR(255),
    aggregate_identifier   VARCHAR(255),
    sequence_number        BIGINT,
    token_type             VARCHAR(255),
    token                  BYTEA,
    enqueued_at            VARCHAR(255)  NOT NULL,
    last_touched           VARCHAR(255),
    processing_started     VARCHAR(255),
    cause_type             VARCHAR(255),
    cause_message          VARCHAR(1023),
    diagnostics            BYTEA,
    UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_group ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_sequence ON dead_letter_entry (processing_group, sequence_identifier);
