package org.letstalk.caseload;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.letstalk.record.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A worker's and a team's caseload as JSON, for supervision and allocation. */
@RestController
class CaseloadController {

  private final CaseloadReader caseloads;

  CaseloadController(CaseloadReader caseloads) {
    this.caseloads = caseloads;
  }

  /** The open cases the worker holds: each case's stage, plans in force, next review, tasks and crisis plan. */
  @GetMapping("/api/workers/{userId}/caseload")
  CaseloadReader.Caseload ofWorker(HttpServletRequest request, @PathVariable String userId) {
    return caseloads.ofWorker(userId, Viewer.of(request));
  }

  /** The open cases the team's workers hold, and each worker's load. */
  @GetMapping("/api/teams/{teamId}/caseload")
  CaseloadReader.Caseload ofTeam(HttpServletRequest request, @PathVariable UUID teamId) {
    return caseloads.ofTeam(teamId, Viewer.of(request));
  }
}
