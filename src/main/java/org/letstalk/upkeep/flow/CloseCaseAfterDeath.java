package org.letstalk.upkeep.flow;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.Involvements;
import org.letstalk.person.Deaths;
import org.letstalk.person.PersonDeath;
import org.letstalk.plan.SupportPlans;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * "Close the case": the team manager's note is kept, plans in force end and the involvement closes. No closure letter
 * is made, unlike every other closure: nothing is written to a person who has died.
 */
@Component("closeCaseAfterDeath")
class CloseCaseAfterDeath implements JavaDelegate {

  private final Deaths deaths;
  private final Involvements involvements;
  private final SupportPlans plans;
  private final CurrentUser currentUser;

  CloseCaseAfterDeath(Deaths deaths, Involvements involvements, SupportPlans plans, CurrentUser currentUser) {
    this.deaths = deaths;
    this.involvements = involvements;
    this.plans = plans;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The closure reason holds the date too, within its 4000 characters.
    String note = FormInput.read(execution.getVariables(),
        in -> in.requiredText(DeathVariables.CLOSING_NOTE, 3900));
    UUID personId = ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID);
    PersonDeath death = deaths.caseClosed(personId, currentUser.id(), note);
    plans.endOnDeath(personId);
    involvements.closeOnDeath(personId, "The person died on " + death.getDateOfDeath() + ". " + note);
  }
}
