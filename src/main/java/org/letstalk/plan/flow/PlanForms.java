package org.letstalk.plan.flow;

import org.letstalk.plan.SupportPlanItem;
import org.letstalk.validation.FormInput;

/** Reads a support plan's lines as the plan forms write them: {@code item1_outcome}, {@code item1_howItIsMet}, ... */
public final class PlanForms {

  private PlanForms() {
  }

  /** The prefix of line {@code n}'s fields. */
  public static String item(int n) {
    return "item" + n + "_";
  }

  /** Line {@code n}: the outcome, how it is met, by whom, how often, at what weekly cost. */
  public static SupportPlanItem.Line line(FormInput in, int n) {
    String prefix = item(n);
    return new SupportPlanItem.Line(in.requiredText(prefix + "outcome", 1000),
        in.requiredText(prefix + "howItIsMet", 1000), in.optionalText(prefix + "provider", FormInput.SHORT_TEXT),
        in.optionalText(prefix + "frequency", FormInput.SHORT_TEXT), in.requiredAmount(prefix + "weeklyCost"));
  }
}
