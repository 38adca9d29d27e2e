package org.letstalk.workflow;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class WorkflowConfiguration {

  @Bean
  Clock clock() {
    return DueDates.engineClock();
  }
}
