package org.letstalk.team.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.web.TasklistRaces;
import org.springframework.stereotype.Component;

/**
 * A team's queue says whose work a task is; the role says who may do it. Whoever claims or is given a task that waits
 * in a team's queue, or completes one they do not hold, must reach it through a role queue of the task or hold a role
 * that does the team's work ({@link Groups#TEAM_WORK}; for a team's managers' queue {@link Groups#MANAGING}): a
 * business-support member of a locality team, or a practitioner who deputises in a managers' queue, cannot take up a
 * practitioner's or a manager's work. Checked on every user task of every model, through the engine REST API and
 * Tasklist's alike (403); the engine's own steps, with nobody signed in, are not checked.
 */
@Component
public class TeamWorkNeedsItsRole extends AbstractProcessEnginePlugin {

  static final TaskListener CHECK = TeamWorkNeedsItsRole::check;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, CHECK);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, CHECK);
      }
    });
  }

  static void check(DelegateTask task) {
    CommandContext command = Context.getCommandContext();
    String signedIn = command == null ? null : command.getAuthenticatedUserId();
    if (signedIn == null) {
      return;
    }
    String actor = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : signedIn;
    // A task's holder was checked as they took it, or given it by the model.
    if (actor == null || TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
        && actor.equals(task.getAssignee())) {
      return;
    }
    Set<String> candidates = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    if (candidates.isEmpty()) {
      return;
    }
    String refusal = command.runWithoutAuthorization(() -> refusal(actor, candidates));
    if (refusal != null) {
      throw new NotAllowedException(refusal);
    }
  }

  /** Why the actor may not take up this work, or null when they may. */
  private static String refusal(String actor, Set<String> candidates) {
    IdentityService identity = Context.getProcessEngineConfiguration().getIdentityService();
    Set<String> teamQueues = identity.createGroupQuery().groupIdIn(candidates.toArray(String[]::new))
        .groupType(Workers.TEAM_GROUP_TYPE).list().stream().map(Group::getId).collect(Collectors.toSet());
    if (teamQueues.isEmpty()) {
      return null;
    }
    Set<String> held = identity.createGroupQuery().groupMember(actor).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
    if (candidates.stream().anyMatch(group -> held.contains(group) && !teamQueues.contains(group))) {
      return null;
    }
    boolean managersOnly = teamQueues.stream().allMatch(queue -> queue.endsWith("-managers"));
    List<String> roles = managersOnly ? Groups.MANAGING : Groups.TEAM_WORK;
    if (roles.stream().anyMatch(held::contains)) {
      return null;
    }
    return actor + " " + TasklistRaces.NOT_THEIR_ROLE + ": being in the team is not enough, it needs the role of "
        + roles.stream().map(Groups::displayName).collect(Collectors.joining(" or ")).toLowerCase();
  }
}
