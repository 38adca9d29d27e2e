package org.letstalk.operations;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsCheckTest {

  @Test
  void productionWithoutADatabaseUserStopsNamingTheSetting() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:postgresql://db/letstalk")
        .withProperty("spring.datasource.username", "");
    environment.setActiveProfiles("production");

    assertThatThrownBy(() -> ProductionSettingsCheck.check(environment))
        .hasMessageContaining("SPRING_DATASOURCE_USERNAME (spring.datasource.username)")
        .hasMessageNotContaining("SPRING_DATASOURCE_URL");
  }

  @Test
  void productionNamesEverySettingMissingAtOnce() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("production");

    assertThatThrownBy(() -> ProductionSettingsCheck.check(environment))
        .hasMessageContaining("SPRING_DATASOURCE_URL").hasMessageContaining("SPRING_DATASOURCE_USERNAME");
  }

  @Test
  void theEmbeddedDefaultNeedsNothing() {
    assertThatCode(() -> ProductionSettingsCheck.check(new MockEnvironment())).doesNotThrowAnyException();
  }
}
