-- Changes waiting for (or given) a supervisor's approval, as the approvals projection builds them.
CREATE TABLE read_model.approval (
    approval_id  UUID        PRIMARY KEY,
    child_id     UUID        NOT NULL,
    kind         VARCHAR(40) NOT NULL,
    township     VARCHAR(60) NOT NULL,
    village      VARCHAR(60) NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL,
    requested_by VARCHAR(100),
    status       VARCHAR(10) NOT NULL,
    decided_at   TIMESTAMPTZ,
    decided_by   VARCHAR(100)
);
CREATE INDEX approval_waiting ON read_model.approval (status, township, village, requested_at);
