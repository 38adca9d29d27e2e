package org.letstalk.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What an operator alerts on, as Prometheus figures (docs/operations.md, "What to alert on"): open incidents, jobs
 * failing, the job executor's backlog and tasks overdue by kind. Counted in the background every
 * {@code letstalk.metrics.refresh} (30 s) so that a scrape never waits for the database.
 */
@Component
class EngineFigures {

  private static final Logger LOG = LoggerFactory.getLogger(EngineFigures.class);

  private final RuntimeService runtime;
  private final ManagementService management;
  private final JdbcTemplate jdbc;
  private final AtomicLong incidents = new AtomicLong();
  private final AtomicLong failedJobs = new AtomicLong();
  private final AtomicLong retryingJobs = new AtomicLong();
  private final AtomicLong dueJobs = new AtomicLong();
  private final MultiGauge overdueTasks;

  EngineFigures(MeterRegistry registry, RuntimeService runtime, ManagementService management, JdbcTemplate jdbc) {
    this.runtime = runtime;
    this.management = management;
    this.jdbc = jdbc;
    Gauge.builder("letstalk.incidents.open", incidents, AtomicLong::get)
        .description("Incidents open in Cockpit: a job that failed every retry, or another engine failure")
        .register(registry);
    Gauge.builder("letstalk.jobs.failed", failedJobs, AtomicLong::get)
        .description("Jobs (timers, asynchronous steps) that failed every retry and wait for an operator")
        .register(registry);
    Gauge.builder("letstalk.jobs.retrying", retryingJobs, AtomicLong::get)
        .description("Jobs that failed and will be retried").register(registry);
    Gauge.builder("letstalk.jobs.due", dueJobs, AtomicLong::get)
        .description("The job executor's backlog: jobs due now and not yet run").register(registry);
    overdueTasks = MultiGauge.builder("letstalk.tasks.overdue")
        .description("Open tasks past their due date, by kind (the task's id in its model)").register(registry);
  }

  @Scheduled(initialDelayString = "${letstalk.metrics.refresh:PT30S}", fixedDelayString = "${letstalk.metrics.refresh:PT30S}")
  void refresh() {
    try {
      incidents.set(runtime.createIncidentQuery().count());
      failedJobs.set(management.createJobQuery().withException().noRetriesLeft().count());
      retryingJobs.set(management.createJobQuery().withException().withRetriesLeft().count());
      dueJobs.set(management.createJobQuery().executable().count());
      // A task made by hand in Tasklist belongs to no model and has no kind of its own.
      List<MultiGauge.Row<?>> rows = jdbc.query("select coalesce(task_def_key_, 'standalone'), count(*)"
          + " from act_ru_task where due_date_ < ? group by 1", (rs, i) -> MultiGauge.Row.of(
              Tags.of("kind", rs.getString(1)), rs.getLong(2)), Timestamp.from(Instant.now()));
      overdueTasks.register(rows, true);
    } catch (RuntimeException e) {
      // The database health check reports the outage; the figures keep their last values.
      LOG.warn("Engine figures not refreshed: {}", e.getClass().getSimpleName());
    }
  }
}
