package org.letstalk.carers.flow;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.carers.CarerLink;
import org.letstalk.carers.Carers;
import org.letstalk.team.flow.CaseQueues;
import org.letstalk.involvement.flow.StartOrJoinInvolvement;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The message throw event "Reassess everyone the carer cares for" of review-cycle: a carer who says at the review
 * of their plan that they can no longer care has everybody they care for reassessed, a Let's Talk 1 for an
 * existing case in each one's involvement [T 4.3; W ¶117]. Reads the carer ({@code personId}) and the review's
 * findings ({@code reviewFindings}). Each reassessment is held by the team and worker of that person's case.
 */
@Component("reassessEveryoneCaredFor")
public class ReassessEveryoneCaredFor implements JavaDelegate {

  static final String REVIEW_FINDINGS = "reviewFindings";

  private final Carers carers;
  private final StartOrJoinInvolvement involvements;
  private final CaseQueues caseQueues;

  public ReassessEveryoneCaredFor(Carers carers, StartOrJoinInvolvement involvements, CaseQueues caseQueues) {
    this.carers = carers;
    this.involvements = involvements;
    this.caseQueues = caseQueues;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID carerId = ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID);
    String carerName = carers.nameOf(carerId);
    String findings = ProcessVariables.text(execution, REVIEW_FINDINGS).strip();
    for (CarerLink link : carers.caredForBy(carerId)) {
      involvements.startOrJoin(new StartOrJoinInvolvement.Request(link.getCaredForId().toString(),
          carers.nameOf(link.getCaredForId()), null, false, caseQueues.workerOf(link.getCaredForId()),
          caseQueues.teamOf(link.getCaredForId()),
          "Reassessment: the carer " + carerName + " can no longer care. " + findings));  // [W ¶117]
    }
  }
}
