-- The nodes sharing this database: each beats its heartbeat every shouhu.node.balance-interval,
-- so that the query nodes alive can share the event processors' segments fairly.
CREATE SCHEMA cluster;

CREATE TABLE cluster.node (
    node_id    VARCHAR(200) PRIMARY KEY,
    roles      VARCHAR(50)  NOT NULL,
    started_at TIMESTAMPTZ  NOT NULL,
    seen_at    TIMESTAMPTZ  NOT NULL
);
