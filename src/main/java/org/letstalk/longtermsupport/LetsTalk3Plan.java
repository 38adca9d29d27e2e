package org.letstalk.longtermsupport;

import java.math.BigDecimal;
import java.util.List;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.SupportPlanItem;

/**
 * The personal budget, how it is delivered, whether it is a residential placement (a care home), and the plan's
 * lines: each outcome and what meets it.
 */
public record LetsTalk3Plan(BigDecimal personalBudget, Delivery delivery, boolean residential,
    List<SupportPlanItem.Line> lines) {
}
