package org.letstalk.taskcase.flow;

import jakarta.servlet.Filter;
import org.letstalk.caseload.WorkerChoices;
import org.letstalk.identity.Workers;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.Workflow;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Inside the engine's sign-in and the check of variable reads (record.flow.EngineVariableReadsFilter, order 16). */
@Configuration
class FormVariableNamesFilter {

  @Bean
  FilterRegistrationBean<Filter> formVariableNames(Workers workers, WorkerChoices choices, Workflow workflow) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new FormVariableNames(workers, choices, workflow));
    registration.setName("form-variable-names");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(17);
    return registration;
  }

  /** A completion carries its form's fields only; after sign-in, so only a signed-in caller learns the form's fields. */
  @Bean
  FilterRegistrationBean<Filter> completionFields(Workflow workflow) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new CompletionFields(workflow));
    registration.setName("completion-fields");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(18);
    return registration;
  }

  /** A start through the engine carries its start form's fields only; after sign-in, like completions. */
  @Bean
  FilterRegistrationBean<Filter> startFields(Workflow workflow, CurrentUser currentUser) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new StartFields(workflow, currentUser));
    registration.setName("start-fields");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(18);
    return registration;
  }
}
