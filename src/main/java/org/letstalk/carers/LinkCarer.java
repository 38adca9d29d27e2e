package org.letstalk.carers;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/**
 * Links the carer to the person they care for; from here the process is the carer's own: the carer is the
 * person (personId, personName), the business key is the carer's id, and the worker who took the carer on holds
 * their conversations.
 */
@Component("linkCarer")
public class LinkCarer implements JavaDelegate {

  private final Carers carers;

  public LinkCarer(Carers carers) {
    this.carers = carers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID caredForId = UUID.fromString((String) execution.getVariable("caredForId"));
    String by = CompletedTask.userId(execution);
    CarerLink link = carers.link(caredForId, execution.getVariables(), by);
    execution.setVariable("carerLinkId", link.getId().toString());
    execution.setVariable("personId", link.getCarerId().toString());
    execution.setVariable("personName", carers.nameOf(link.getCarerId()));
    execution.setProcessBusinessKey(link.getCarerId().toString());
    // Whoever takes the carer on holds their conversation: no hand-off [N 3.7d].
    execution.setVariable("conversationAssignee", by);
  }
}
