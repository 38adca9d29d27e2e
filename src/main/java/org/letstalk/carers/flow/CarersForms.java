package org.letstalk.carers.flow;

import static org.letstalk.carers.flow.CarersVariables.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.letstalk.carers.CarerConversationForm;
import org.letstalk.carers.CarerConversationType;
import org.letstalk.carers.CarerDetails;
import org.letstalk.carers.CarersPlanForm;
import org.letstalk.carers.NotEligibleDecision;
import org.letstalk.carers.RiskOfBreakdown;
import org.letstalk.conversation.AllegedPerson;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.conversation.Strengths;
import org.letstalk.conversation.WhatMatters;
import org.letstalk.conversation.flow.ConversationForms;
import org.letstalk.conversation.flow.ConversationVariables;
import org.letstalk.person.PersonDetails;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.SupportPlanItem;
import org.letstalk.plan.flow.PlanForms;
import org.letstalk.validation.FormInput;

/** Reads the carers' centre's forms: who the carer is, the carer's conversations, their plan. */
final class CarersForms {

  private CarersForms() {
  }

  static CarerDetails details(Map<String, ?> variables) {
    return FormInput.read(variables, in -> {
      PersonDetails carer = new PersonDetails(in.requiredText(CARER_GIVEN_NAME, FormInput.SHORT_TEXT),
          in.requiredText(CARER_FAMILY_NAME, FormInput.SHORT_TEXT), in.requiredDate(CARER_DATE_OF_BIRTH),
          in.optionalText(CARER_NHS_NUMBER, FormInput.SHORT_TEXT), in.requiredText(CARER_POSTCODE, FormInput.SHORT_TEXT),
          null, in.optionalText(CARER_PHONE, FormInput.SHORT_TEXT), null, null);
      String relationship = in.requiredText(RELATIONSHIP, FormInput.SHORT_TEXT);
      BigDecimal hours = in.requiredAmount(HOURS_OF_CARE_PER_WEEK);
      if (hours != null && (hours.compareTo(BigDecimal.valueOf(168)) > 0 || hours.stripTrailingZeros().scale() > 0)) {
        in.reject(HOURS_OF_CARE_PER_WEEK, "whole hours, at most 168 in a week");
      }
      boolean livesTogether = in.requiredFlag(LIVES_TOGETHER);
      return new CarerDetails(carer, relationship, hours == null ? 0 : hours.intValue(), livesTogether);
    });
  }

  /**
   * A carer's conversation: combined with the cared-for person's only when both agree [W ¶83]; strengths first
   * [T 1.18]; able and willing to care now and in future, life beyond caring [W ¶90]; the risk of breakdown.
   */
  /** In Wales the conversation also records what matters to the carer and the barriers [W ¶37-42, ¶78]. */
  static CarerConversationForm conversation(Map<String, ?> variables, CarerConversationType type, boolean inWales) {
    return FormInput.read(variables, in -> {
      boolean combined = in.requiredFlag(COMBINED_CONVERSATION);
      if (combined) {
        for (String field : new String[] {CARER_AGREES_TO_COMBINE, CARED_FOR_AGREES_TO_COMBINE}) {
          if (!in.optionalFlag(field) && !in.rejected(field)) {
            in.reject(field, "a combined conversation needs both the carer and the person cared for to agree");  // [W ¶83]
          }
        }
      }
      Strengths strengths = ConversationForms.strengths(in);
      boolean ableNow = in.requiredFlag(ABLE_TO_CARE_NOW);
      boolean willingNow = in.requiredFlag(WILLING_TO_CARE_NOW);
      boolean ableFuture = in.requiredFlag(ABLE_TO_CARE_IN_FUTURE);
      boolean willingFuture = in.requiredFlag(WILLING_TO_CARE_IN_FUTURE);
      String work = in.requiredText(WORK_EDUCATION_TRAINING, FormInput.LONG_TEXT);
      String recreation = in.requiredText(RECREATION, FormInput.LONG_TEXT);
      String wellbeing = in.requiredText(ConversationVariables.WELLBEING_AND_OUTCOMES, FormInput.LONG_TEXT);
      RiskOfBreakdown risk = in.requiredChoice(RISK_OF_BREAKDOWN, RiskOfBreakdown.class);
      String riskNotes = in.optionalText(RISK_OF_BREAKDOWN_NOTES, FormInput.LONG_TEXT);
      if (risk == RiskOfBreakdown.HIGH && riskNotes == null && !in.rejected(RISK_OF_BREAKDOWN_NOTES)) {
        in.reject(RISK_OF_BREAKDOWN_NOTES, "say what makes a breakdown in caring likely");
      }
      String impact = in.requiredText(CARED_FOR_NEEDS_IMPACT, FormInput.LONG_TEXT);
      ConversationOutcome outcome = null;
      String rationale = null;
      String actions;
      if (type == CarerConversationType.LT1) {
        actions = in.requiredText(ConversationVariables.AGREED_ACTIONS, FormInput.LONG_TEXT);
        outcome = in.requiredChoice(ConversationVariables.OUTCOME, ConversationOutcome.class);
        rationale = in.requiredText(ConversationVariables.OUTCOME_RATIONALE, FormInput.LONG_TEXT);
      } else {
        actions = in.optionalText(ConversationVariables.AGREED_ACTIONS, FormInput.LONG_TEXT);
      }
      WhatMatters whatMatters = ConversationForms.whatMatters(in, inWales);
      AllegedPerson alleged = outcome == ConversationOutcome.SAFEGUARDING ? ConversationForms.allegedPerson(in)
          : AllegedPerson.NOT_NAMED;
      return new CarerConversationForm(combined, strengths, ableNow, willingNow, ableFuture, willingFuture, work,
          recreation, wellbeing, risk, riskNotes, impact, actions, outcome, rationale, whatMatters, alleged);
    });
  }

  static NotEligibleDecision notEligible(Map<String, ?> variables) {
    return FormInput.read(variables, in -> {
      String decision = in.requiredText(WRITTEN_DECISION, FormInput.LONG_TEXT);
      String advice = in.requiredText(INFORMATION_AND_ADVICE, FormInput.LONG_TEXT);
      if (!in.requiredFlag(RIGHT_TO_CHALLENGE_EXPLAINED) && !in.rejected(RIGHT_TO_CHALLENGE_EXPLAINED)) {
        in.reject(RIGHT_TO_CHALLENGE_EXPLAINED, "explain the right to challenge the decision");
      }
      return new NotEligibleDecision(decision, advice);
    });
  }

  static CarersPlanForm plan(Map<String, ?> variables) {
    return FormInput.read(variables, in -> {
      BigDecimal budget = in.requiredAmount(PERSONAL_BUDGET);
      Delivery delivery = in.requiredChoice(DELIVERY, Delivery.class);
      List<SupportPlanItem.Line> lines = new ArrayList<>();
      for (int n = 1; n <= PLAN_LINES; n++) {
        if (in.optionalText(PlanForms.item(n) + "outcome", 1000) != null) {
          lines.add(PlanForms.line(in, n));
        }
      }
      return new CarersPlanForm(budget, delivery, lines, replacementCare(in));
    });
  }

  /** The replacement care line of the carer's plan form, or null when the plan asks for none. */
  static SupportPlanItem.Line replacementCare(Map<String, ?> variables) {
    return FormInput.read(variables, CarersForms::replacementCare);
  }

  private static SupportPlanItem.Line replacementCare(FormInput in) {
    if (in.optionalText(REPLACEMENT_CARE_OUTCOME, 1000) == null) {
      return null;
    }
    return new SupportPlanItem.Line(in.requiredText(REPLACEMENT_CARE_OUTCOME, 1000),
        in.requiredText(REPLACEMENT_CARE_HOW_IT_IS_MET, 1000),
        in.optionalText(REPLACEMENT_CARE_PROVIDER, FormInput.SHORT_TEXT),
        in.requiredText(REPLACEMENT_CARE_FREQUENCY, FormInput.SHORT_TEXT),
        in.requiredAmount(REPLACEMENT_CARE_WEEKLY_COST));
  }
}
