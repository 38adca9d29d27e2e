-- Measured on 100,000 open tasks (docs/benchmarks.md, "Indexes"): the due-date index made the practitioner's
-- inbox slower (the planner walks it in due order and filters by authorization) and the manager's overdue
-- filter no faster, while every task write maintains it.
drop index if exists lt_idx_task_due_date;
