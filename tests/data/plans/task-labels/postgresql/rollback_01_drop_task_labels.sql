DROP TABLE task_labels;
