package org.letstalk.contact.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactIntake;
import java.util.Map;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.letstalk.notice.NoticeKind;
import org.letstalk.notice.Notices;
import org.letstalk.team.Team;
import org.letstalk.team.TeamDuty;
import org.letstalk.team.Teams;
import org.letstalk.workflow.Council;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.DecisionTables;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Records what happens after the contact and who takes the conversation on. */
@Component("recordContactOutcome")
public class RecordContactOutcome implements JavaDelegate {

  private final ContactIntake intake;
  private final CurrentUser currentUser;
  private final Workers workers;
  private final Notices notices;
  private final Council council;
  private final Teams teams;
  private final DecisionTables tables;

  public RecordContactOutcome(ContactIntake intake, CurrentUser currentUser, Workers workers, Notices notices,
      Council council, Teams teams, DecisionTables tables) {
    this.intake = intake;
    this.currentUser = currentUser;
    this.workers = workers;
    this.notices = notices;
    this.council = council;
    this.teams = teams;
    this.tables = tables;
  }

  /** The council's table front-door-holds: may the front door hold this new case's first conversation itself? */
  private boolean frontDoorHolds(boolean crisis) {
    return tables.evaluate(FRONT_DOOR_HOLDS, Map.of("crisis", crisis)).stream()
        .anyMatch(row -> Boolean.TRUE.equals(row.get("frontDoorHolds")));
  }

  static final String FRONT_DOOR_HOLDS = "front-door-holds";

  @Override
  public void execute(DelegateExecution execution) {
    Contact contact = intake.decideOutcome(execution.getProcessInstanceId(),
        ContactForms.outcome(execution.getVariables(), currentUser.id(), workers, council.inWales(), teams,
            (outcome, crisis) -> frontDoorHolds(crisis)), currentUser.id());
    boolean crisis = Boolean.TRUE.equals(contact.getCrisis());
    execution.setVariable(ContactVariables.OUTCOME, contact.getOutcome().name());
    execution.setVariable(ContactVariables.CRISIS, crisis);
    execution.setVariable(ProcessVariables.CONVERSATION_ASSIGNEE, contact.getAllocatedUser());
    execution.setVariable(ProcessVariables.CONVERSATION_TEAM, contact.getAllocatedGroup());
    // A worker given the case by someone else is told; one who took it on themselves knows.
    if (contact.getAllocatedUser() != null && !contact.getAllocatedUser().equals(currentUser.id())) {
      notices.caseGiven(NoticeKind.CASE_ALLOCATED, contact.getPersonId(), contact.getAllocatedUser(),
          "allocated:" + execution.getProcessInstanceId());
    }
    // A proportionate assessment that follows advice stays with the team of whoever gave it; a worker in no team, or
    // in several, leaves it with the front door's team.
    execution.setVariable(ContactVariables.ASSESSMENT_TEAM, teams.queueOf(currentUser.id(), null)
        .orElseGet(() -> teams.withDuty(TeamDuty.FRONT_DOOR).map(Team::getGroupId).orElse(Groups.FRONT_DOOR)));
    execution.setVariable(ContactVariables.SUGGESTED_CONVERSATION, crisis ? "Let's Talk 2 (crisis)" : "Let's Talk 1");
  }
}
