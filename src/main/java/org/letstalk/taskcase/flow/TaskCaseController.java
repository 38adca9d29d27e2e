package org.letstalk.taskcase.flow;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.letstalk.taskcase.TaskCard;
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
  static final String SAFEGUARDING_PROCESS = "safeguarding-concern";

  private final Workflow workflow;
  private final TaskCases cases;
  private final Workers workers;

  TaskCaseController(Workflow workflow, TaskCases cases, Workers workers) {
    this.workflow = workflow;
    this.cases = cases;
    this.workers = workers;
  }

  /** A task that waits now, and who is to take it, by name. */
  record Waiting(String task, String with) {
  }

  @Operation(summary = "What waits after a task the caller completed: each open task of the case's processes and"
      + " who is to take it (Tasklist's confirmation)")
  @GetMapping("/api/tasks/{taskId}/next")
  List<Waiting> afterTask(HttpServletRequest request, @PathVariable String taskId) {
    return waiting(workflow.waitingAfter(taskId, null, Viewer.of(request).userId()), Viewer.of(request));
  }

  @Operation(summary = "What waits after a process the caller started from Tasklist: each open task and who is to take"
      + " it (Tasklist's confirmation)")
  @GetMapping("/api/processes/{processInstanceId}/next")
  List<Waiting> afterStart(HttpServletRequest request, @PathVariable String processInstanceId) {
    return waiting(workflow.waitingAfter(null, processInstanceId, Viewer.of(request).userId()), Viewer.of(request));
  }

  /** A safeguarding process's tasks are named only to those who may know a concern exists. */
  private List<Waiting> waiting(List<Workflow.WaitingTask> all, Viewer viewer) {
    boolean safeguarding = viewer.maySee(Visibility.SAFEGUARDING);
    List<Workflow.WaitingTask> open = all.stream()
        .filter(task -> safeguarding || !SAFEGUARDING_PROCESS.equals(task.processKey())).toList();
    Map<String, String> names = workers.namesOf(open.stream().map(Workflow.WaitingTask::assignee)
        .filter(java.util.Objects::nonNull).toList());
    return open.stream().map(task -> new Waiting(task.name(), task.assignee() != null
        ? names.getOrDefault(task.assignee(), task.assignee())
        : task.candidateGroups().isEmpty() ? "nobody yet"
        : String.join(" or ", task.candidateGroups().stream().map(Groups::displayName).toList()))).toList();
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

  @Operation(summary = "A task's card in the worktray: the kind of work, the person's name, date of birth and alerts (to"
      + " whoever may read the record), the due date as a date and whether it is overdue, and the safeguarding flag (to"
      + " whoever may know)")
  @GetMapping("/api/tasks/{taskId}/card")
  TaskCard card(HttpServletRequest request, @PathVariable String taskId) {
    TaskInView task = workflow.taskSeenByCaller(taskId)
        .orElseThrow(() -> new NoSuchRecordException("no task " + taskId + " for this user"));
    return cases.card(task.name(), parse(task.personId()), task.due(), SAFEGUARDING_PROCESS.equals(task.processKey()),
        Viewer.of(request));
  }

  private static UUID parse(String personId) {
    try {
      return personId == null ? null : UUID.fromString(personId);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
