-- Every inbox filter sorts by due date and the overdue filters are a range on it: with this index the first
-- page is read in due order and stops early instead of sorting every visible task (docs/benchmarks.md).
create index if not exists lt_idx_task_due_date on act_ru_task (due_date_);
