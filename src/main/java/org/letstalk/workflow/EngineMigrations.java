package org.letstalk.workflow;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's own tables, as Flyway migrations in {@code engine-db/}. The engine creates its tables
 * after the application's Flyway run, so these run in a second Flyway run once the engine is up, with their own
 * history table. Plain SQL that PostgreSQL and H2 both accept.
 */
@Component
public class EngineMigrations {

  static final String LOCATION = "classpath:engine-db";
  static final String HISTORY_TABLE = "flyway_engine_history";

  /** Takes the engine so Spring builds it, and with it the engine's tables, first. */
  public EngineMigrations(ProcessEngine engine, DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        // The schema already holds the application's and the engine's tables when this history starts.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
