package org.letstalk.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures and the statutory return as JSON, for other tools. */
@RestController
@RequestMapping("/api/metrics")
class MetricsApiController {

  private final Metrics metrics;
  private final StatutoryReturn statutoryReturn;
  private final Clock clock;
  private final RecordPolicy policy;

  MetricsApiController(Metrics metrics, StatutoryReturn statutoryReturn, Clock clock, RecordPolicy policy) {
    this.policy = policy;
    this.metrics = metrics;
    this.statutoryReturn = statutoryReturn;
    this.clock = clock;
  }

  @GetMapping
  Dashboard dashboard(HttpServletRequest request, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String team) {
    ManagersOnly.require(request);
    Viewer viewer = Viewer.of(request);
    return metrics.dashboard(Period.parse(from, to, team, clock))
        .namingOnly(personId -> policy.listed(personId, viewer, DashboardController.LISTED_ON_DASHBOARD));
  }

  @GetMapping("/statutory-return")
  StatutoryReturn.Report statutoryReturn(HttpServletRequest request, @RequestParam(required = false) String year) {
    ManagersOnly.require(request);
    return statutoryReturn.forYear(year);
  }
}
