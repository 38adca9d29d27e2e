-- Camunda's authorization check joins each task to the authorization rows of the user's groups, filtered by
-- bit tests on perms_ and by correlated columns. PostgreSQL estimates a handful of rows where there is one per
-- open task, so it compares every task with every row (seconds at 100,000 tasks). With these statistics it
-- looks the rows up per task instead (docs/benchmarks.md). PostgreSQL only: H2 has no planner statistics.
create statistics if not exists lt_stat_auth_columns on resource_type_, type_, group_id_ from act_ru_authorization;
create statistics if not exists lt_stat_auth_perms on (perms_ & 2), (perms_ & 64) from act_ru_authorization;
analyze act_ru_authorization;
