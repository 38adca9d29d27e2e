package org.letstalk.workflow;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every worker starts from, so an inbox reads like a worklist: their own tasks, their team's
 * queue, and what is overdue. Each lists the most urgent first (highest priority, so an overdue safeguarding
 * decision at 100 tops every list that shows it), then the soonest due. Tasklist adds its own sort after the
 * filter's, so within the same priority and due date the worker's chosen sort still applies. Found by name on every
 * start and kept as shipped; every group may read filters.
 */
@Component
public class TasklistFilters {

  static final String MY_TASKS = "My tasks";
  static final String MY_TEAMS_TASKS = "My team's tasks";
  static final String OVERDUE = "Overdue";

  private final FilterService filters;
  private final TaskService tasks;

  public TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @EventListener
  public void onReady(ApplicationReadyEvent event) {
    ensure(MY_TASKS, -10, "Tasks assigned to me, most urgent first",
        mostUrgentFirst(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    ensure(MY_TEAMS_TASKS, -5, "Tasks waiting in my teams' queues, most urgent first",
        mostUrgentFirst(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()));
    ensure(OVERDUE, 0, "Tasks I can see that are past their due date, most urgent first",
        mostUrgentFirst(tasks.createTaskQuery().dueBeforeExpression("${now()}")));
  }

  private static TaskQuery mostUrgentFirst(TaskQuery query) {
    return query.orderByTaskPriority().desc().orderByDueDate().asc();
  }

  /**
   * Creates the shared filter, or brings one saved by an earlier release (sorted by due date only) up to date. A
   * filter already as shipped is left alone, so nodes starting together do not rewrite it.
   */
  private void ensure(String name, int priority, String description, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).list().stream().filter(f -> f.getOwner() == null)
        .findFirst().orElseGet(() -> filters.newTaskFilter(name));
    if (filter.getId() != null && filter.getProperties() != null
        && description.equals(filter.getProperties().get("description"))) {
      return;
    }
    filter.setOwner(null);
    filter.setQuery(query);
    filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
    filters.saveFilter(filter);
  }
}
