package org.letstalk.crisis;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.letstalk.record.RecordReads;
import org.letstalk.record.RecordReads.RecordView;
import org.letstalk.record.Viewer;
import org.letstalk.record.Words;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/crisis-plans/{id}}: a Let's Talk 2 crisis plan with its actions, check-ins, spends and end. */
@RestController
class CrisisPlanReadController {

  private final CrisisPlanRepository plans;
  private final CrisisCheckInRepository checkIns;
  private final SpendRepository spends;
  private final RecordReads reads;

  CrisisPlanReadController(CrisisPlanRepository plans, CrisisCheckInRepository checkIns, SpendRepository spends,
      RecordReads reads) {
    this.plans = plans;
    this.checkIns = checkIns;
    this.spends = spends;
    this.reads = reads;
  }

  @Operation(summary = "A crisis plan with its actions, check-ins, spends and how it ended")
  @GetMapping("/api/crisis-plans/{planId}")
  @Transactional
  public RecordView read(HttpServletRequest request, @PathVariable UUID planId) {
    CrisisPlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchRecordException("no crisis plan " + planId));
    reads.read(plan.getPersonId(), Viewer.of(request), "CRISIS_PLAN");
    List<String> content = new ArrayList<>();
    content.add("From " + Words.date(plan.getStartsOn()) + " until " + Words.date(plan.getEndsOn()));
    int n = 1;
    for (String action : plan.getActions()) {
      content.add("Action " + n++ + ": " + action);
    }
    for (CrisisCheckIn checkIn : checkIns.findByCrisisPlanId(plan.getId())) {
      content.add(checkIn.getStatus() == CrisisCheckIn.Status.DONE
          ? "Check-in on " + Words.date(checkIn.getDoneAt()) + " by " + reads.nameOf(checkIn.getDoneBy()) + ": "
              + (checkIn.isPlanWorking() ? "working. " : "not working. ") + checkIn.getNotes()
          : "Check-in not needed: the plan ended on " + Words.date(checkIn.getEndedAt()));
    }
    for (Spend spend : spends.findByPersonId(plan.getPersonId())) {
      if (spend.getCrisisPlanId().equals(plan.getId())) {
        content.add("Spend of £" + spend.getAmount() + " for " + spend.getPurpose() + " (" + Words.of(spend.getStatus())
            + "), asked for by " + reads.nameOf(spend.getRequestedBy()) + " on " + Words.date(spend.getRequestedAt()));
      }
    }
    if (plan.getEndedAt() != null) {
      content.add("Ended on " + Words.date(plan.getEndedAt()) + " by " + reads.nameOf(plan.getEndedBy()) + ": "
          + plan.getEndReason());
    }
    return new RecordView(plan.getId(), plan.getPersonId(), "CRISIS_PLAN", "Crisis plan (" + Words.of(plan.getStatus())
        + ")", plan.getMadeAt(), reads.nameOf(plan.getMadeBy()), content);
  }
}
