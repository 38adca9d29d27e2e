package org.letstalk.involvement.flow;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactRepository;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.Involvements;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.record.RecordSection;
import org.letstalk.record.SummaryItem;
import org.letstalk.record.SummarySource;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * Who holds the open case: the team and worker it is allocated to (since teams own cases); for a case opened before,
 * the worker named on the plan in force, else the worker and team holding the conversations of the episode under
 * way, else whom the contact that opened the case allocated it to.
 */
@Component
class CaseAllocation implements SummarySource {

  private final Involvements involvements;
  private final SupportPlans plans;
  private final ContactRepository contacts;
  private final Workflow workflow;
  private final Workers workers;
  private final Teams teams;

  CaseAllocation(Involvements involvements, SupportPlans plans, ContactRepository contacts, Workflow workflow,
      Workers workers, Teams teams) {
    this.involvements = involvements;
    this.plans = plans;
    this.contacts = contacts;
    this.workflow = workflow;
    this.workers = workers;
    this.teams = teams;
  }

  @Override
  public List<SummaryItem> itemsFor(UUID personId, Viewer viewer) {
    Optional<Involvement> open = involvements.openFor(personId);
    if (open.isEmpty()) {
      return List.of();
    }
    Involvement involvement = open.get();
    if (involvement.getAllocatedTeamId() != null && involvement.getAllocatedWorker() != null) {
      String team = teams.find(involvement.getAllocatedTeamId()).map(Team::getName).orElse("no team recorded");
      return List.of(new SummaryItem(RecordSection.ALLOCATION, workers.nameOf(involvement.getAllocatedWorker()),
          "Team: " + team, Visibility.EVERYONE));
    }
    Optional<SupportPlan> plan = plans.activeFor(personId).stream()
        .filter(p -> p.getPlanType() != PlanType.CARER_SUPPORT).findFirst();
    if (plan.isPresent() && plan.get().getAllocatedWorker() != null) {
      return item(plan.get().getAllocatedWorker(), plan.get().getTeam(), "named on the plan in force");
    }
    String episode = open.get().getCurrentProcessInstanceId();
    if (episode != null) {
      Object worker = workflow.variableForTheRecord(episode, ProcessVariables.CONVERSATION_ASSIGNEE);
      Object team = workflow.variableForTheRecord(episode, ProcessVariables.CONVERSATION_TEAM);
      if (worker != null || team != null) {
        return item(worker == null ? null : worker.toString(), team == null ? null : team.toString(),
            "holding the conversations under way");
      }
    }
    Optional<Contact> opening = Optional.ofNullable(open.get().getContactId()).flatMap(contacts::findById);
    if (opening.isPresent()) {
      return item(opening.get().getAllocatedUser(), opening.get().getAllocatedGroup(),
          "allocated when the case was opened");
    }
    return List.of();
  }

  private List<SummaryItem> item(String worker, String group, String why) {
    if (worker == null && group == null) {
      return List.of();
    }
    String team = Optional.ofNullable(worker).flatMap(teams::onlyTeamOf).map(Team::getName)
        .orElse(group == null ? "no team recorded" : Groups.displayName(group));
    String label = worker == null ? "Not yet allocated to a worker" : workers.nameOf(worker);
    return List.of(new SummaryItem(RecordSection.ALLOCATION, label, "Team: " + team + " (" + why + ")",
        Visibility.EVERYONE));
  }
}
