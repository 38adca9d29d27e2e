package org.letstalk.caseload;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The workers to pick from where a task is given to someone (Tasklist's assignee and delegate). */
@RestController
class WorkerChoicesController {

  private final WorkerChoices choices;

  WorkerChoicesController(WorkerChoices choices) {
    this.choices = choices;
  }

  @Operation(summary = "Everyone who holds conversations: user id, name, and a line with their team and caseload")
  @GetMapping("/api/workers")
  List<WorkerChoices.Choice> workers() {
    return choices.conversationWorkers();
  }
}
