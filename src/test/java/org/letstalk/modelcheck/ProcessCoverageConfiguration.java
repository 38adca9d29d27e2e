package org.letstalk.modelcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateListener;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process test coverage for the shared test engine (the library's listener writes one report per test class
 * under target/process-test-coverage/; {@link ProcessCoverageGateIT} adds them up after the tests).
 *
 * <p>The library's execution listeners look up the process definition through the repository service while a
 * test acts as a demo user, so with authorization checks on they fail for users without READ on the
 * definition (a safeguarding worker completing their task in new-contact). The listeners only observe, so
 * they run here with authorization checks off; everything else the tests do keeps its checks.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverageConfiguration {

  private static final String LIBRARY_PACKAGE = "org.camunda.community.process_test_coverage";

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return new ProcessEngineCoverageProperties();
  }

  @Bean
  AbstractCamundaConfiguration processCoverageRecording() {
    return new AbstractCamundaConfiguration() {
      @Override
      public void preInit(SpringProcessEngineConfiguration configuration) {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        configuration.getCustomPostBPMNParseListeners().add(new CoverageListenersWithoutAuthorizationChecks());
      }
    };
  }

  /** Runs after every other parse listener has added its listeners, and wraps the library's ones. */
  static class CoverageListenersWithoutAuthorizationChecks extends AbstractBpmnParseListener {

    @Override
    public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
      processDefinitions.forEach(this::wrapScope);
    }

    private void wrapScope(ScopeImpl scope) {
      wrapListeners(scope);
      for (ActivityImpl activity : scope.getActivities()) {
        activity.getOutgoingTransitions().forEach(transition -> wrapListeners((CoreModelElement) transition));
        wrapScope(activity);
      }
    }

    private void wrapListeners(CoreModelElement element) {
      wrapAll(element.getListeners());
      wrapAll(element.getBuiltInListeners());
    }

    private void wrapAll(Map<String, List<DelegateListener<? extends BaseDelegateExecution>>> byEvent) {
      byEvent.replaceAll((event, listeners) -> {
        List<DelegateListener<? extends BaseDelegateExecution>> wrapped = new ArrayList<>(listeners.size());
        for (DelegateListener<? extends BaseDelegateExecution> listener : listeners) {
          boolean fromLibrary = listener instanceof ExecutionListener
              && listener.getClass().getName().startsWith(LIBRARY_PACKAGE);
          wrapped.add(fromLibrary ? withoutAuthorizationChecks((ExecutionListener) listener) : listener);
        }
        return wrapped;
      });
    }

    private static ExecutionListener withoutAuthorizationChecks(ExecutionListener listener) {
      return execution -> {
        CommandContext command = Context.getCommandContext();
        boolean wasEnabled = command.isAuthorizationCheckEnabled();
        command.disableAuthorizationCheck();
        try {
          listener.notify(execution);
        } finally {
          if (wasEnabled) {
            command.enableAuthorizationCheck();
          }
        }
      };
    }
  }
}
