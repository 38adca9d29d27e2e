package org.letstalk.taskcase.flow;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.letstalk.record.Viewer;
import org.letstalk.taskcase.TaskCase;
import org.letstalk.taskcase.TaskCases;
import org.letstalk.validation.NoSuchRecordException;
import org.letstalk.workflow.Workflow;
import org.letstalk.workflow.Workflow.TaskInView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/tasks/{taskId}/case}: the case beside a task in Tasklist (its "Case" tab), for whoever may see the
 * task. The request a decision task decides is found in the task's own process, in the request a notice is about,
 * or in the processes the task's process called (a returned funding change).
 */
@RestController
class TaskCaseController {

  /** The authorisation request a notice about a late request is about (authorisation-escalated). */
  static final String REQUEST_PROCESS = "requestProcessInstanceId";
  static final String AUTHORISATION_LEVEL_TABLE = "authorisation-level";

  private final Workflow workflow;
  private final TaskCases cases;

  TaskCaseController(Workflow workflow, TaskCases cases) {
    this.workflow = workflow;
    this.cases = cases;
  }

  @Operation(summary = "The case beside a task: the person as their record summarises them, and what a decision task"
      + " decides (amounts, the plan in force, the difference, who asked and why, the level that decides and why)")
  @GetMapping("/api/tasks/{taskId}/case")
  TaskCase beside(HttpServletRequest request, @PathVariable String taskId) {
    TaskInView task = workflow.taskSeenByCaller(taskId, REQUEST_PROCESS)
        .orElseThrow(() -> new NoSuchRecordException("no task " + taskId + " for this user"));
    List<String> processes = new ArrayList<>();
    processes.add(task.processInstanceId());
    if (task.variables().get(REQUEST_PROCESS) != null) {
      processes.add(task.variables().get(REQUEST_PROCESS).toString());
    }
    processes.addAll(workflow.called(task.processInstanceId()));
    UUID personId = parse(task.personId());
    return cases.beside(task.name(), personId, processes, Viewer.of(request),
        processInstanceId -> workflow.ruleThatDecided(processInstanceId, AUTHORISATION_LEVEL_TABLE));
  }

  private static UUID parse(String personId) {
    try {
      return personId == null ? null : UUID.fromString(personId);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
