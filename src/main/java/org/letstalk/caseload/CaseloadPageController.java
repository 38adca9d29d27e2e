package org.letstalk.caseload;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import org.letstalk.record.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The caseload pages: a worker's, a team's, and the signed-in worker's own at /caseload. */
@Controller
class CaseloadPageController {

  private final CaseloadReader caseloads;
  private final Clock clock;

  CaseloadPageController(CaseloadReader caseloads, Clock clock) {
    this.caseloads = caseloads;
    this.clock = clock;
  }

  @GetMapping("/caseload")
  String own(HttpServletRequest request, Model model) {
    Viewer viewer = Viewer.of(request);
    return page(caseloads.ofWorker(viewer.userId(), viewer), model);
  }

  @GetMapping("/workers/{userId}/caseload")
  String ofWorker(HttpServletRequest request, @PathVariable String userId, Model model) {
    return page(caseloads.ofWorker(userId, Viewer.of(request)), model);
  }

  @GetMapping("/teams/{teamId}/caseload")
  String ofTeam(HttpServletRequest request, @PathVariable UUID teamId, Model model) {
    return page(caseloads.ofTeam(teamId, Viewer.of(request)), model);
  }

  private String page(CaseloadReader.Caseload caseload, Model model) {
    model.addAttribute("c", caseload);
    model.addAttribute("names", caseload.workers().stream().collect(java.util.stream.Collectors.toMap(
        CaseloadReader.Load::userId, CaseloadReader.Load::name)));
    model.addAttribute("zone", clock.getZone());
    return "caseload/caseload";
  }
}
