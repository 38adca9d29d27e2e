package org.letstalk.plan;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.letstalk.record.RecordReads;
import org.letstalk.record.Viewer;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/plans/{id}}: a plan (named by any of its versions) with every version, first to latest. */
@RestController
class PlanReadController {

  private final SupportPlanRepository plans;
  private final SupportPlanItemRepository items;
  private final RecordReads reads;

  PlanReadController(SupportPlanRepository plans, SupportPlanItemRepository items, RecordReads reads) {
    this.plans = plans;
    this.items = items;
    this.reads = reads;
  }

  /** A plan: its kind, the person, and its versions. */
  public record PlanView(UUID id, UUID personId, PlanType type, String label, List<VersionView> versions) {
  }

  /** One version: how it stands, its cost and delivery, who holds and who authorised it, its lines. */
  public record VersionView(UUID id, int version, PlanStatus status, BigDecimal weeklyCost, Delivery delivery,
      String allocatedWorker, String team, String authorisedBy, Instant authorisedAt, Instant supersededAt,
      Instant endedAt, List<LineView> lines) {
  }

  public record LineView(String outcome, String howItIsMet, String provider, String frequency, BigDecimal weeklyCost) {
  }

  @Operation(summary = "A plan with all its versions, first to latest")
  @GetMapping("/api/plans/{planId}")
  @Transactional
  public PlanView read(HttpServletRequest request, @PathVariable UUID planId) {
    SupportPlan named = plans.findById(planId).orElseThrow(() -> new NoSuchRecordException("no plan " + planId));
    List<SupportPlan> versions = plans.findBySeriesIdOrderByVersionNo(named.getSeriesId());
    reads.read(named.getPersonId(), Viewer.of(request), "PLAN");
    Map<String, String> names = reads.namesOf(versions.stream()
        .flatMap(v -> Stream.of(v.getAllocatedWorker(), v.getAuthorisedBy())).toList());
    return new PlanView(named.getSeriesId(), named.getPersonId(), named.getPlanType(), named.getPlanType().label(),
        versions.stream().map(v -> new VersionView(v.getId(), v.getVersionNo(), v.getStatus(), v.getWeeklyCost(),
            v.getDelivery(), names.get(v.getAllocatedWorker()), v.getTeam(), names.get(v.getAuthorisedBy()),
            v.getAuthorisedAt(), v.getSupersededAt(), v.getEndedAt(),
            items.findByPlanIdOrderByPosition(v.getId()).stream().map(line -> new LineView(line.getOutcome(),
                line.getHowItIsMet(), line.getProvider(), line.getFrequency(), line.getWeeklyCost())).toList()))
            .toList());
  }
}
