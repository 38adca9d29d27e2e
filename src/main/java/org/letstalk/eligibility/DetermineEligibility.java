package org.letstalk.eligibility;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Decides eligibility from the eligibility assessment form's answers (forms/eligibility-assessment.form) and
 * stores the determination. Runs synchronously right after the form's user task, so bad answers reject the
 * completion with the field named and nothing is stored.
 *
 * <p>Reads {@code personId}, {@code eligibilityFor} (ADULT, the default, or CARER) and the form's answers;
 * sets {@code eligible}, {@code eligibilityDeterminationId} and {@code eligibilityDecision} (the decision in
 * plain English, outcome by outcome or need by need, for the written decision's form to show).
 */
@Component("determineEligibility")
public class DetermineEligibility implements JavaDelegate {

  private final EligibilityService eligibility;
  private final CurrentUser currentUser;

  public DetermineEligibility(EligibilityService eligibility, CurrentUser currentUser) {
    this.eligibility = eligibility;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = FormInput.of(execution.getVariables());
    UUID personId = UUID.fromString(in.requiredText("personId", FormInput.SHORT_TEXT));
    EligibilityFor eligibilityFor = in.has("eligibilityFor")
        ? in.requiredChoice("eligibilityFor", EligibilityFor.class) : EligibilityFor.ADULT;
    EligibilityResult result = eligibility.determine(execution.getProcessInstanceId(),
        execution.getActivityInstanceId(), personId, eligibilityFor, execution.getVariables(), currentUser.id());
    execution.setVariable("eligible", result.eligible());
    execution.setVariable("eligibilityDeterminationId", result.determinationId().toString());
    execution.setVariable("eligibilityDecision", result.explanation());
  }
}
