package org.letstalk.record.flow;

import jakarta.servlet.Filter;
import org.letstalk.contact.ContactIntake;
import org.letstalk.record.RecordPolicy;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.Workflow;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** After the sign-in and the other engine filters (web.WebFilters, orders 13 to 15). */
@Configuration
class EngineVariableReadsFilter {

  @Bean
  FilterRegistrationBean<Filter> engineVariableReads(Workflow workflow, CurrentUser currentUser, RecordPolicy policy,
      ContactIntake contacts) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new EngineVariableReads(workflow, currentUser, policy, contacts));
    registration.setName("engine-variable-reads");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*");
    registration.setOrder(16);
    return registration;
  }
}
