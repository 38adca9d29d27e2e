package org.letstalk.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Checks and records the decision on a concern, with the s42-criteria table's answer beside it. */
@Component("recordSafeguardingDecision")
public class RecordSafeguardingDecision implements JavaDelegate {

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;
  private final Workers workers;

  public RecordSafeguardingDecision(Safeguarding safeguarding, CurrentUser currentUser, Workers workers) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
    this.workers = workers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SafeguardingConcern concern = safeguarding.decide(execution.getProcessInstanceId(), execution.getVariables(),
        currentUser.id());
    execution.setVariable("route", concern.getRoute().name());
    execution.setVariable("s42DutyApplies", concern.getS42DutyApplies());
    execution.setVariable("s42Explanation", concern.getS42Explanation());
    // A practitioner who raised the concern in their conversation is the person's practitioner for the Let's Talk 2.
    boolean practitioner = workers.canHoldConversations(concern.getRaisedBy());
    execution.setVariable("letsTalk2Assignee", practitioner ? concern.getRaisedBy() : null);
    execution.setVariable("letsTalk2Team",
        practitioner ? workers.conversationTeamOf(concern.getRaisedBy()) : Groups.PRACTITIONERS);
    if (concern.getPersonId() != null) {
      execution.setVariable("personId", concern.getPersonId().toString());
    }
  }
}
