package org.letstalk.longtermsupport.flow;

import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.longtermsupport.DeprivationOfLiberty;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The message throw event "Start the authorisation's review" of lets-talk-3: starts the review of the
 * authorisation just recorded (deprivation-of-liberty-review, by the message deprivation-of-liberty-authorised).
 */
@Component("startDeprivationOfLibertyReview")
public class StartDeprivationOfLibertyReview implements JavaDelegate {

  static final String AUTHORISED = "deprivation-of-liberty-authorised";

  private final DeprivationOfLiberty dols;
  private final Workflow workflow;

  public StartDeprivationOfLibertyReview(DeprivationOfLiberty dols, Workflow workflow) {
    this.dols = dols;
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeprivationOfLiberty.Authorisation authorisation = dols.get(
        ProcessVariables.uuid(execution, DeprivationOfLibertyVariables.AUTHORISATION_ID));
    Map<String, Object> variables = new HashMap<>(reviewVariables(authorisation));
    variables.put(ProcessVariables.PERSON_ID, authorisation.personId().toString());
    variables.put(ProcessVariables.PERSON_NAME, ProcessVariables.text(execution, ProcessVariables.PERSON_NAME));
    workflow.asPartOfThisStep(() -> workflow.startByMessage(AUTHORISED, authorisation.personId().toString(),
        variables));
  }

  /** What the review's timer and task read: which authorisation, when its review is due and when it ends. */
  static Map<String, Object> reviewVariables(DeprivationOfLiberty.Authorisation authorisation) {
    ZoneId council = ZoneId.of("Europe/London");
    Map<String, Object> variables = new HashMap<>();
    variables.put(DeprivationOfLibertyVariables.AUTHORISATION_ID, authorisation.id().toString());
    variables.put(DeprivationOfLibertyVariables.REVIEW_DUE_AT,
        Date.from(authorisation.reviewDueOn().atTime(9, 0).atZone(council).toInstant()));
    variables.put(DeprivationOfLibertyVariables.EXPIRES_AT,
        Date.from(authorisation.expiresOn().atTime(17, 0).atZone(council).toInstant()));
    variables.put(DeprivationOfLibertyVariables.EXPIRES_ON, authorisation.expiresOn().toString());
    return variables;
  }
}
