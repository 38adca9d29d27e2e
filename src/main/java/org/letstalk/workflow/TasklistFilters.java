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
 * queue, and what is overdue. Created once, found by name on every later start; every group may read filters.
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
    ensure(MY_TASKS, -10, "Tasks assigned to me, soonest due first",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    ensure(MY_TEAMS_TASKS, -5, "Tasks waiting in my teams' queues",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .orderByDueDate().asc());
    ensure(OVERDUE, 0, "Tasks I can see that are past their due date",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
  }

  private void ensure(String name, int priority, String description, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name);
    filter.setOwner(null);
    filter.setQuery(query);
    filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
    filters.saveFilter(filter);
  }
}
