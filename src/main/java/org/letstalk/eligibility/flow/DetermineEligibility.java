package org.letstalk.eligibility.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.eligibility.EligibilityFor;
import org.letstalk.eligibility.EligibilityResult;
import org.letstalk.eligibility.EligibilityService;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Decides eligibility from the eligibility assessment form's answers (forms/eligibility-assessment.form) and
 * stores the determination. Runs synchronously right after the form's user task, so bad answers reject the
 * completion with the field named and nothing is stored.
 *
 * <p>Reads {@code personId}, {@code eligibilityFor} (ADULT, the default, or CARER) and the form's answers;
 * sets {@code eligible}, {@code eligibilityDeterminationId} and {@code eligibilityDecision} (the decision in
 * plain English, outcome by outcome or need by need, for the written decision's form to show) and
 * {@code needsACarerMeets} (England: the outcomes a willing and able carer meets now, for the plan's form).
 */
@Component("determineEligibility")
public class DetermineEligibility implements JavaDelegate {

  static final String ELIGIBILITY_FOR = "eligibilityFor";
  static final String ELIGIBLE = "eligible";
  static final String ELIGIBILITY_DETERMINATION_ID = "eligibilityDeterminationId";
  static final String ELIGIBILITY_DECISION = "eligibilityDecision";
  static final String NEEDS_A_CARER_MEETS = "needsACarerMeets";

  private final EligibilityService eligibility;
  private final CurrentUser currentUser;

  public DetermineEligibility(EligibilityService eligibility, CurrentUser currentUser) {
    this.eligibility = eligibility;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String eligibilityFor = ProcessVariables.text(execution, ELIGIBILITY_FOR);
    EligibilityFor forWhom = eligibilityFor == null ? EligibilityFor.ADULT : EligibilityFor.valueOf(eligibilityFor);
    EligibilityResult result = eligibility.determine(execution.getProcessInstanceId(),
        execution.getActivityInstanceId(), ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID), forWhom,
        EligibilityForms.answers(eligibility.ruleSet(), forWhom, execution.getVariables()), currentUser.id());
    execution.setVariable(ELIGIBLE, result.eligible());
    execution.setVariable(ELIGIBILITY_DETERMINATION_ID, result.determinationId().toString());
    execution.setVariable(ELIGIBILITY_DECISION, result.explanation());
    // Shown when the plan is written, so the carer's help is planned for rather than ruled out [T 2.56].
    execution.setVariable(NEEDS_A_CARER_MEETS, String.join("; ", result.needsACarerMeets()));
  }
}
