package org.letstalk.eligibility;

import org.camunda.bpm.engine.RepositoryService;

/**
 * A test process holding only the eligibility step as Let's Talk 3 will hold it: the assessment form's task,
 * then {@code determineEligibility} synchronously, then a gateway on {@code eligible}.
 */
final class EligibilityStep {

  static final String PROCESS_KEY = "eligibility-step-test";

  private EligibilityStep() {
  }

  static void deploy(RepositoryService repository) {
    repository.createDeployment().name(PROCESS_KEY).enableDuplicateFiltering(true)
        .addClasspathResource("eligibility/eligibility-step-test.bpmn").deploy();
  }
}
