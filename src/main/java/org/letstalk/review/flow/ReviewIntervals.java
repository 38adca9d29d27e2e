package org.letstalk.review.flow;

import java.util.List;
import java.util.Map;
import org.letstalk.plan.PlanType;
import org.letstalk.review.ReviewInterval;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.workflow.DecisionTables;
import org.springframework.stereotype.Service;

/** Reads the review-intervals decision table that process owners edit; the latest version always applies. */
@Service
public class ReviewIntervals {

  public static final String DECISION = "review-intervals";

  private final DecisionTables decisions;

  public ReviewIntervals(DecisionTables decisions) {
    this.decisions = decisions;
  }

  public Intervals forPlan(PlanType type) {
    List<Map<String, Object>> rows = decisions.evaluate(DECISION, Map.of(ReviewVariables.PLAN_TYPE, type.name()));
    if (rows.size() > 1) {
      throw new IllegalStateException("the review-intervals table has more than one row for " + type);
    }
    Map<String, Object> row = rows.isEmpty() ? null : rows.get(0);
    if (row == null) {
      throw new InputRejectedException("planType", "the review-intervals table has no row for " + type);
    }
    return new Intervals(read(row, "firstReview"), read(row, "thereafter"), read(row, "noticeBefore"),
        read(row, "earlyReviewWithin"));
  }

  private static ReviewInterval read(Map<String, Object> row, String output) {
    Object value = row.get(output);
    return ReviewInterval.parse(output, value == null ? "" : value.toString());
  }

  public record Intervals(ReviewInterval first, ReviewInterval thereafter, ReviewInterval noticeBefore,
      ReviewInterval earlyWithin) {
  }
}
