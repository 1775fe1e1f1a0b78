-- Deadlines (a concern's triage deadline, for one) kept by db-scheduler for Axon's
-- DbSchedulerDeadlineManager: they survive restarts, and a node that dies mid-execution leaves
-- its deadline to be picked up again (the aggregate's rule makes a second run change nothing).
CREATE SCHEMA IF NOT EXISTS scheduling;

CREATE TABLE scheduling.scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduling.scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduling.scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduling.scheduled_tasks (priority DESC, execution_time ASC);
