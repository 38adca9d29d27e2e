package org.letstalk.workflow;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's own tables, as Flyway migrations in {@code engine-db/}. The engine creates its tables
 * after the application's Flyway run, so these run in a second Flyway run once the engine is up, with their own
 * history table. {@code common/} holds plain SQL that PostgreSQL and H2 both accept; a database's own folder
 * ({@code postgresql/}, {@code h2/}) what only it understands.
 */
@Component
public class EngineMigrations {

  static final String LOCATION = "classpath:engine-db/";
  static final String HISTORY_TABLE = "flyway_engine_history";

  /** Takes the engine so Spring builds it, and with it the engine's tables, first. */
  public EngineMigrations(ProcessEngine engine, DataSource dataSource) throws MetaDataAccessException {
    String vendor = DatabaseDriver.fromJdbcUrl(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL)).getId();
    Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION + "common", LOCATION + vendor)
        // Only common/ exists for some databases.
        .failOnMissingLocations(false)
        .table(HISTORY_TABLE)
        // The schema already holds the application's and the engine's tables when this history starts.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
