package org.letstalk.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.letstalk.identity.SetupPageProperties;
import org.letstalk.workflow.CurrentUser;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Nothing but the health checks answer without a sign-in; the metrics need the monitoring group. */
@Configuration
public class SecurityConfiguration {

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(10);
    return registration;
  }

  /** After the engine REST API's sign-in, so the caller is known. */
  @Bean
  FilterRegistrationBean<Filter> administratorOnlyRoutes(IdentityService identity, CurrentUser currentUser,
      SetupPageProperties setupPage) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new AdministratorOnlyRoutes(identity, currentUser, setupPage.accepted()));
    registration.setName("administrator-only-routes");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/admin/setup/*", "/camunda/api/engine/*");
    registration.setOrder(12);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> apiAuthentication(IdentityService identity) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*", "/people/*", "/dashboard", "/dashboard/*", "/caseload", "/workers/*",
        "/teams/*", "/notices",
        "/v3/api-docs", "/v3/api-docs/*", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/*",
        "/actuator/prometheus");
    registration.setOrder(11);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> metricsAccess() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new MetricsAccess());
    registration.setName("metrics-access");
    registration.addUrlPatterns("/actuator/prometheus");
    registration.setOrder(12);
    return registration;
  }
}
