-- Read models: built from the events by the projections of module query. They can be
-- dropped (truncated) and rebuilt by replaying the event store from the first event.
CREATE SCHEMA read_model;

-- The roster (信息台账) and each child's current file. The columns the roster filters and
-- sorts on are real columns; the whole file, as GET /children/{id} shows it, is in "file".
CREATE TABLE read_model.child_file (
    child_id            UUID         PRIMARY KEY,
    version             BIGINT       NOT NULL,
    name                VARCHAR(100) NOT NULL,
    township            VARCHAR(60)  NOT NULL,
    village             VARCHAR(60)  NOT NULL,
    primary_category    VARCHAR(40)  NOT NULL,
    risk_level          VARCHAR(20),
    status              VARCHAR(10)  NOT NULL,
    responsible_worker  VARCHAR(64),
    guardian_relation   VARCHAR(40),
    last_visit_on       DATE,
    registered_on       DATE         NOT NULL,
    open_interventions  INTEGER      NOT NULL,
    file                JSONB        NOT NULL
);
CREATE INDEX child_file_ledger_order ON read_model.child_file (township, village, name, child_id);
CREATE INDEX child_file_risk ON read_model.child_file (risk_level);
CREATE INDEX child_file_worker ON read_model.child_file (responsible_worker);

-- Every event of every child, in order, as the history shows it.
CREATE TABLE read_model.child_history (
    event_id        VARCHAR(36)  PRIMARY KEY,
    child_id        UUID         NOT NULL,
    sequence        BIGINT       NOT NULL,
    type            VARCHAR(60)  NOT NULL,
    occurred_on     DATE         NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    actor_id        VARCHAR(100),
    actor_role      VARCHAR(20),
    reason          TEXT,
    summary         VARCHAR(200) NOT NULL,
    data            JSONB        NOT NULL,
    corrected_by    VARCHAR(36),
    global_position BIGINT       NOT NULL,
    UNIQUE (child_id, sequence)
);

-- How far each projection has read the event store (global position of the last event it
-- handled), written in the same transaction as its tables.
CREATE TABLE read_model.projection_position (
    processing_group VARCHAR(100) PRIMARY KEY,
    position         BIGINT       NOT NULL
);
