package org.letstalk;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "spring.datasource.url=" + TestDatabase.url(),
        "spring.datasource.username=" + TestDatabase.username(),
        "spring.datasource.password=",
        "spring.datasource.hikari.maximum-pool-size=12",
        "spring.mail.host=" + TestMailServer.HOST,
        "spring.mail.port=" + TestMailServer.PORT
    ).applyTo(context.getEnvironment());
  }
}
