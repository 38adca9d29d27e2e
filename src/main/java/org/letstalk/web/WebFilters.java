package org.letstalk.web;

import jakarta.servlet.Filter;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every request passes after sign-in (security.SecurityConfiguration, orders 10 to 12) and before our code. */
@Configuration
public class WebFilters {

  /** Control characters and Java objects refused, field named, on every route that takes input. */
  @Bean
  FilterRegistrationBean<Filter> unstorableInput() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new UnstorableInput());
    registration.setName("unstorable-input");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*", "/people", "/people/*");
    registration.setOrder(13);
    return registration;
  }

  /** A resent contact or concern gets its first answer. */
  @Bean
  FilterRegistrationBean<Filter> idempotentRequests(JdbcTemplate jdbc, Clock clock) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new IdempotentRequests(jdbc, clock));
    registration.setName("idempotent-requests");
    registration.addUrlPatterns("/api/contacts", "/api/safeguarding-concerns");
    registration.setOrder(14);
    return registration;
  }
}
