-- The workforce as the write side's rules need it: who is active, where, and which children
-- each worker is responsible for. Written in the transaction of the events they go with.
CREATE TABLE write_model.worker (
    worker_id VARCHAR(64)  PRIMARY KEY,
    area      VARCHAR(130) NOT NULL,
    active    BOOLEAN      NOT NULL
);

CREATE TABLE write_model.responsible_worker (
    child_id  UUID        PRIMARY KEY,
    worker_id VARCHAR(64) NOT NULL
);
CREATE INDEX responsible_worker_by_worker ON write_model.responsible_worker (worker_id);
