package org.letstalk.carers;

import java.math.BigDecimal;
import java.util.List;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.SupportPlanItem;

/**
 * A carer's plan as written: personal budget, how it is delivered (a direct payment among the ways), each
 * outcome with what meets it, and the replacement care it asks for on the cared-for person's plan (null if none).
 */
public record CarersPlanForm(BigDecimal personalBudget, Delivery delivery, List<SupportPlanItem.Line> lines,
    SupportPlanItem.Line replacementCare) {
}
