package org.letstalk.longtermsupport;

import java.math.BigDecimal;
import java.util.List;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.SupportPlanItem;

/** The personal budget, how it is delivered, and the plan's lines: each outcome and what meets it. */
public record LetsTalk3Plan(BigDecimal personalBudget, Delivery delivery, List<SupportPlanItem.Line> lines) {
}
