package org.letstalk.contact.flow;

import static org.letstalk.contact.flow.ProportionateAssessmentForms.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.contact.ContactIntake;
import org.letstalk.contact.ProportionateAssessment;
import org.letstalk.contact.ProportionateAssessment.Outcome;
import org.letstalk.contact.ProportionateAssessments;
import org.letstalk.identity.Workers;
import org.letstalk.notice.NoticeKind;
import org.letstalk.notice.Notices;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Records the proportionate assessment, or the refusal with the decision table's answer on it, and sets what
 * follows ({@code proportionateAssessmentOutcome}); for a new case, who takes the Let's Talk 1 on.
 */
@Component("recordProportionateAssessment")
public class RecordProportionateAssessment implements JavaDelegate {

  private final ProportionateAssessments assessments;
  private final ContactIntake intake;
  private final Workers workers;
  private final Notices notices;

  public RecordProportionateAssessment(ProportionateAssessments assessments, ContactIntake intake, Workers workers,
      Notices notices) {
    this.assessments = assessments;
    this.intake = intake;
    this.workers = workers;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String by = CompletedTask.userId(execution);
    ProportionateAssessment assessment = ProportionateAssessmentForms.read(execution.getVariables(), by, workers);
    Outcome outcome = assessments.record(CompletedTask.taskId(execution),
        ProcessVariables.uuid(execution, ProcessVariables.CONTACT_ID),
        ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID), assessment, by);
    execution.setVariable(WHAT_FOLLOWS, outcome.name());
    if (outcome == Outcome.ASSESS_DESPITE_REFUSAL) {
      execution.setVariable(REFUSAL_OVERRIDDEN, true);
    }
    if (outcome == Outcome.CARE_AND_SUPPORT) {
      intake.assessedAsNewCase(execution.getProcessInstanceId(), assessment.allocatedUser(),
          assessment.allocatedGroup());
      execution.setVariable(ContactVariables.CRISIS, false);
      execution.setVariable(ProcessVariables.CONVERSATION_ASSIGNEE, assessment.allocatedUser());
      execution.setVariable(ProcessVariables.CONVERSATION_TEAM, assessment.allocatedGroup());
      execution.setVariable(ContactVariables.SUGGESTED_CONVERSATION, "Let's Talk 1");
      // A worker given the case by someone else is told, as when the contact itself is decided.
      if (assessment.allocatedUser() != null && !assessment.allocatedUser().equals(by)) {
        notices.caseGiven(NoticeKind.CASE_ALLOCATED, ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID),
            assessment.allocatedUser(), "allocated:" + CompletedTask.taskId(execution));
      }
    }
    // On the record now.
    for (String name : CASE_FILE) {
      execution.removeVariable(name);
    }
  }
}
