package org.letstalk.workflow;

import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
import org.letstalk.validation.NotAllowedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks {@link TaskTakeUp} on every user task of every model, through the engine REST API and Tasklist's alike: when
 * someone signed in claims or is given a task (the assignee is asked about), and when they complete a task they do
 * not hold. The engine's own steps, with nobody signed in, are not asked.
 */
@Component
class TaskTakeUpCheck extends AbstractProcessEnginePlugin {

  // Read when a task is taken up, long after the engine is built: the rule's beans need the engine themselves.
  private final ObjectProvider<TaskTakeUp> rules;

  TaskTakeUpCheck(ObjectProvider<TaskTakeUp> rules) {
    this.rules = rules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener check = this::check;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, check);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
      }
    });
  }

  private void check(DelegateTask task) {
    CommandContext command = Context.getCommandContext();
    String signedIn = command == null ? null : command.getAuthenticatedUserId();
    if (signedIn == null) {
      return;
    }
    boolean assigning = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName());
    String actor = assigning ? task.getAssignee() : signedIn;
    // A task's holder was asked about as they took it, or was given it by the model.
    if (actor == null || !assigning && actor.equals(task.getAssignee())) {
      return;
    }
    Set<String> candidates = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    TaskTakeUp rule = rules.getIfAvailable();
    if (candidates.isEmpty() || rule == null) {
      return;
    }
    String refusal = command.runWithoutAuthorization(() -> rule.refusal(actor, candidates));
    if (refusal != null) {
      throw new NotAllowedException(refusal);
    }
  }
}
