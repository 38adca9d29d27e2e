package org.letstalk.review;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.letstalk.plan.PlanType;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;

/** Reads the review-intervals decision table that process owners edit; the latest version always applies. */
@Service
public class ReviewIntervals {

  public static final String DECISION = "review-intervals";

  private final DecisionService decisions;

  public ReviewIntervals(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Intervals forPlan(PlanType type) {
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION)
        .variables(Map.of("planType", type.name()))
        .evaluate()
        .getSingleResult();
    if (row == null) {
      throw new InputRejectedException("planType", "the review-intervals table has no row for " + type);
    }
    return new Intervals(read(row, "firstReview"), read(row, "thereafter"), read(row, "noticeBefore"),
        read(row, "earlyReviewWithin"));
  }

  private static ReviewInterval read(DmnDecisionRuleResult row, String output) {
    Object value = row.get(output);
    return ReviewInterval.parse(output, value == null ? "" : value.toString());
  }

  public record Intervals(ReviewInterval first, ReviewInterval thereafter, ReviewInterval noticeBefore,
      ReviewInterval earlyWithin) {
  }
}
