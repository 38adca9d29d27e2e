package org.letstalk;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The engine REST API looks its engine up by name in a static registry. Test classes run several application
 * contexts in one JVM (H2, PostgreSQL, other settings), and the context started last would answer every
 * REST call; each test class therefore registers its own context's engine before it runs.
 */
public class CurrentEngineRegistration extends AbstractTestExecutionListener {

  @Override
  public void beforeTestClass(TestContext testContext) {
    ProcessEngines.registerProcessEngine(testContext.getApplicationContext().getBean(ProcessEngine.class));
  }
}
