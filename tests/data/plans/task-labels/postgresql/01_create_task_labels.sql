-- One row per task and label; a task may carry several labels, or none.
CREATE TABLE task_labels (
    task_id text NOT NULL REFERENCES tasks(id),
    label text NOT NULL,
    PRIMARY KEY (task_id, label)
);
