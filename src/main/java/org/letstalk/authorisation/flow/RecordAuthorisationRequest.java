package org.letstalk.authorisation.flow;

import static org.letstalk.authorisation.flow.AuthorisationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.authorisation.AuthorisationRequest;
import org.letstalk.authorisation.Authorisations;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Validates what the calling process asks to have authorised and stores the request. */
@Component("recordAuthorisationRequest")
public class RecordAuthorisationRequest implements JavaDelegate {

  private final Authorisations authorisations;

  public RecordAuthorisationRequest(Authorisations authorisations) {
    this.authorisations = authorisations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AuthorisationRequest request = authorisations.ask(execution.getProcessInstanceId(),
        AuthorisationForms.asked(execution.getVariables()));
    // The rule table reads these; numbers as doubles so they stay plain process variables.
    execution.setVariable(WEEKLY_COST, request.getWeeklyCost() == null ? null : request.getWeeklyCost().doubleValue());
    execution.setVariable(ONE_OFF_AMOUNT,
        request.getOneOffAmount() == null ? null : request.getOneOffAmount().doubleValue());
    execution.setVariable(RESIDENTIAL, ProcessVariables.isTrue(execution, RESIDENTIAL));
    execution.setVariable(REQUEST_WORDS, switch (request.getRequestType()) {
      case CLOSURE -> "Authorise closure";
      case LT2_SPEND -> "Authorise crisis spend of £" + request.getOneOffAmount().setScale(2).toPlainString();
      case LT3_SUPPORT_PLAN -> "Authorise support plan funding";
      case LT1_FUNDING_CHANGE -> "Authorise funding change";
      case LT1_REASSESSMENT -> "Approve a reassessment";
      case REVIEW_PLAN_CHANGE -> "Authorise a plan's new cost after review";
      case OMIT_CONVERSATION -> "Authorise going straight to Let's Talk 3";
    });
  }
}
