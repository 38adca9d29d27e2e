package org.letstalk.web;

import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * The engine REST API (/engine-rest) as the starter configures it, with {@link EngineRestErrors} answering its
 * errors instead of the engine's own mappers, which give 500 for a lost race or a refusal of ours.
 */
@Component
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  private static final Set<Class<?>> REPLACED = Set.of(
      RestExceptionHandler.class, ProcessEngineExceptionHandler.class, ExceptionHandler.class);

  private final EngineRestErrors errors;

  public EngineRestConfiguration(EngineRestErrors errors) {
    this.errors = errors;
  }

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    CamundaRestResources.getConfigurationClasses().stream()
        .filter(type -> !REPLACED.contains(type))
        .forEach(this::register);
    register(JacksonFeature.class);
    register(errors);
  }
}
