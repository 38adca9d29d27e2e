package org.letstalk.operations;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Production has no default for what a council must choose: start-up stops, before anything connects, naming each
 * setting that is missing. Without it the database user used to default to {@code postgres}, the superuser.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

  static final String PRODUCTION = "production";

  /** Each required setting with the environment variable that usually carries it. */
  static final List<String[]> REQUIRED = List.of(
      new String[] {"spring.datasource.url", "SPRING_DATASOURCE_URL"},
      new String[] {"spring.datasource.username", "SPRING_DATASOURCE_USERNAME"});

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    check(environment);
  }

  static void check(Environment environment) {
    if (!List.of(environment.getActiveProfiles()).contains(PRODUCTION)) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String[] setting : REQUIRED) {
      String value = environment.getProperty(setting[0]);
      if (value == null || value.isBlank()) {
        missing.add(setting[1] + " (" + setting[0] + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("The production profile needs " + String.join(" and ", missing)
          + ": set it for a database user of the application's own, never the superuser");
    }
  }
}
