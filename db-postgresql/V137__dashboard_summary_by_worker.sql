-- One team's year of the dashboard reads its workers' rows of the summary, not every worker's of the year.
create index dashboard_day_worker on dashboard_day (figure, worker, day);
