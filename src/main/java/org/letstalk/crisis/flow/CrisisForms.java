package org.letstalk.crisis.flow;

import static org.letstalk.crisis.flow.CrisisVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.letstalk.conversation.ConversationForm;
import org.letstalk.conversation.WhatMatters;
import org.letstalk.conversation.flow.ConversationForms;
import org.letstalk.crisis.CheckInForm;
import org.letstalk.crisis.LetsTalk2;
import org.letstalk.crisis.PlanDecision;
import org.letstalk.crisis.PlanForm;
import org.letstalk.crisis.SpendForm;
import org.letstalk.validation.FormInput;

/** Reads the forms of a Let's Talk 2 and its crisis plans from their tasks' variables. */
final class CrisisForms {

  static final int MAX_ACTIONS = 30;

  private CrisisForms() {
  }

  /** In Wales the conversation also records what matters and the barriers, the rest of the five elements [W ¶78]. */
  static LetsTalk2 letsTalk2(Map<String, ?> variables, boolean inWales) {
    return FormInput.read(variables, in -> {
      if (in.has(LONG_TERM_FUNDING_CHANGE) && in.requiredFlag(LONG_TERM_FUNDING_CHANGE)) {
        in.reject(LONG_TERM_FUNDING_CHANGE,
            "a Let's Talk 2 never changes long-term funding: that would be unlawful decision making");  // [T 2.51]
      }
      ConversationForm conversation = ConversationForms.read(in);
      String today = in.requiredText(TODAY_AND_TOMORROW, FormInput.LONG_TEXT);
      WhatMatters whatMatters = ConversationForms.whatMatters(in, inWales);
      return new LetsTalk2(conversation, today, plan(in), spend(in), whatMatters);
    });
  }

  record NewPlan(PlanForm plan, SpendForm spend) {
  }

  /** The next plan, after one that was not working, and any spend made with it. */
  static NewPlan newPlan(Map<String, ?> variables) {
    return FormInput.read(variables, in -> new NewPlan(plan(in), spend(in)));
  }

  /** Actions one a line, and an end date. */
  private static PlanForm plan(FormInput in) {
    String text = in.requiredText(PLAN_ACTIONS, FormInput.LONG_TEXT);
    List<String> actions = text == null ? List.of()
        : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (actions.size() > MAX_ACTIONS) {
      in.reject(PLAN_ACTIONS, "at most " + MAX_ACTIONS + " actions, one a line");
    } else if (actions.stream().anyMatch(a -> a.length() > 1000)) {
      in.reject(PLAN_ACTIONS, "each action is at most 1000 characters");
    }
    LocalDate endsOn = in.requiredDate(PLAN_END_DATE);
    return new PlanForm(actions, endsOn);
  }

  /** A spend, if the form has one. */
  private static SpendForm spend(FormInput in) {
    if (!in.has(SPEND_AMOUNT) && !in.has(SPEND_PURPOSE)) {
      return null;
    }
    BigDecimal amount = in.requiredAmount(SPEND_AMOUNT);
    if (amount != null && amount.signum() == 0) {
      in.reject(SPEND_AMOUNT, "must be more than £0");
    }
    return new SpendForm(amount, in.requiredText(SPEND_PURPOSE, 1000));
  }

  static CheckInForm checkIn(Map<String, ?> variables) {
    return FormInput.read(variables, in -> new CheckInForm(in.requiredText(CHECK_IN_NOTES, FormInput.LONG_TEXT),
        in.requiredFlag(PLAN_WORKING)));
  }

  record Decided(PlanDecision choice, String reason) {
  }

  static Decided planDecision(Map<String, ?> variables) {
    return FormInput.read(variables, in -> new Decided(in.requiredChoice(PLAN_DECISION, PlanDecision.class),
        in.requiredText(PLAN_DECISION_REASON, FormInput.LONG_TEXT)));
  }

  static String chaseAction(Map<String, ?> variables) {
    return FormInput.read(variables, in -> in.requiredText(CHASE_ACTION, FormInput.LONG_TEXT));
  }
}
