-- The care workforce, its training and the group activities, as the workforce projection
-- builds them from their events; dropped and rebuilt by replay like every read model.
CREATE TABLE read_model.worker (
    worker_id     VARCHAR(64)  PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    role          VARCHAR(40)  NOT NULL,
    township      VARCHAR(60),
    village       VARCHAR(60),
    phone         VARCHAR(24),
    active        BOOLEAN      NOT NULL,
    registered_on DATE         NOT NULL,
    retired_on    DATE
);
CREATE INDEX worker_area ON read_model.worker (township, village);

CREATE TABLE read_model.training (
    event_id     VARCHAR(36)   PRIMARY KEY,
    worker_id    VARCHAR(64)   NOT NULL,
    course       VARCHAR(200)  NOT NULL,
    completed_on DATE          NOT NULL,
    hours        NUMERIC(6, 2) NOT NULL
);
CREATE INDEX training_worker ON read_model.training (worker_id, completed_on);

CREATE TABLE read_model.care_activity (
    activity_id           UUID         PRIMARY KEY,
    type                  VARCHAR(40)  NOT NULL,
    held_on               DATE         NOT NULL,
    township              VARCHAR(60),
    village               VARCHAR(60),
    organiser             VARCHAR(200) NOT NULL,
    participants          INTEGER      NOT NULL,
    materials_distributed INTEGER      NOT NULL
);
CREATE INDEX care_activity_held_on ON read_model.care_activity (held_on);
