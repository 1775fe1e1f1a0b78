-- Every concern with its triage: what waits to be triaged, by when, and what was escalated.
-- Ids, areas and dates only; the description stays in the (sealed) events and the child's file.
CREATE TABLE read_model.concern (
    concern_id     UUID        PRIMARY KEY,
    child_id       UUID        NOT NULL,
    township       VARCHAR(60) NOT NULL,
    village        VARCHAR(60) NOT NULL,
    source         VARCHAR(20) NOT NULL,
    severity       VARCHAR(10),
    occurred_on    DATE        NOT NULL,
    raised_at      TIMESTAMPTZ NOT NULL,
    raised_by      VARCHAR(100),
    triage_by      TIMESTAMPTZ,
    status         VARCHAR(10) NOT NULL,
    triaged_on     DATE,
    intervention_id UUID,
    escalated_at   TIMESTAMPTZ,
    -- the events that set occurred_on and triaged_on, so that a correction of their dates follows
    raised_event_id  VARCHAR(100) NOT NULL,
    answer_event_id  VARCHAR(100)
);
CREATE INDEX concern_by_status ON read_model.concern (status, township, village, triage_by);
CREATE INDEX concern_by_child ON read_model.concern (child_id);
