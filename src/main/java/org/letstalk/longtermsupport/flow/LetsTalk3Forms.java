package org.letstalk.longtermsupport.flow;

import static org.letstalk.longtermsupport.flow.LetsTalk3Variables.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.conversation.Advocate;
import org.letstalk.conversation.CarerOffer;
import org.letstalk.conversation.Participation;
import org.letstalk.conversation.Strengths;
import org.letstalk.conversation.flow.ConversationForms;
import org.letstalk.conversation.flow.ConversationVariables;
import org.letstalk.conversation.WhatMatters;
import org.letstalk.longtermsupport.Analysis;
import org.letstalk.longtermsupport.FinancialAssessment;
import org.letstalk.longtermsupport.FinancialOutcome;
import org.letstalk.longtermsupport.LetsTalk3Outcome;
import org.letstalk.longtermsupport.LetsTalk3Plan;
import org.letstalk.longtermsupport.NotEligibleDecision;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.SupportPlanItem;
import org.letstalk.plan.flow.PlanForms;
import org.letstalk.validation.FormInput;

/** Reads the forms of a Let's Talk 3 [T 2.52-2.61] from their tasks' variables. */
final class LetsTalk3Forms {

  private LetsTalk3Forms() {
  }

  static String omissionReason(Map<String, ?> variables) {
    return FormInput.read(variables, in -> in.requiredText(OMISSION_REASON, FormInput.LONG_TEXT));
  }

  /** The analysis [T 2.56], strengths first [T 1.18]; in Wales with what matters and the barriers [W ¶78]. */
  static Analysis analysis(Map<String, ?> variables, boolean inWales) {
    return FormInput.read(variables, in -> {
      Strengths strengths = ConversationForms.strengths(in);
      String ability = in.requiredText(ABILITY_TO_MEET_OWN_NEEDS, FormInput.LONG_TEXT);
      String informal = in.requiredText(INFORMAL_NETWORK, FormInput.LONG_TEXT);
      String interests = in.requiredText(INTERESTS_AND_OPPORTUNITIES, FormInput.LONG_TEXT);
      String otherWays = in.requiredText(OTHER_WAYS_TO_MEET_NEED, FormInput.LONG_TEXT);
      String risk = in.requiredText(RISK_OF_HARM, FormInput.LONG_TEXT);
      boolean accommodation = in.requiredFlag(CAPACITY_ACCOMMODATION);
      boolean care = in.requiredFlag(CAPACITY_CARE);
      boolean treatment = in.requiredFlag(CAPACITY_TREATMENT);
      String bestInterests = in.optionalText(BEST_INTERESTS_DECISION, FormInput.LONG_TEXT);
      boolean capacityAnswered = !in.rejected(CAPACITY_ACCOMMODATION) && !in.rejected(CAPACITY_CARE)
          && !in.rejected(CAPACITY_TREATMENT);
      if (capacityAnswered && !(accommodation && care && treatment) && bestInterests == null
          && !in.rejected(BEST_INTERESTS_DECISION)) {
        in.reject(BEST_INTERESTS_DECISION,
            "a person without capacity for one of these decisions needs a best-interests decision");  // [T 2.56]
      }
      boolean dols = in.requiredFlag(DOLS_RISK);
      String transport = in.requiredText(TRANSPORT, FormInput.LONG_TEXT);
      String outcomes = in.requiredText(OUTCOMES_SOUGHT, FormInput.LONG_TEXT);
      String paid = in.requiredText(HOW_PAID_SUPPORT_MEETS_THEM, FormInput.LONG_TEXT);
      boolean chc = in.requiredFlag(CHC_TO_BE_CONSIDERED);
      String chcReason = in.optionalText(CHC_REASON, FormInput.LONG_TEXT);
      if (chc && chcReason == null && !in.rejected(CHC_REASON)) {
        in.reject(CHC_REASON, "say why continuing health care should be considered");
      }
      Participation participation = in.requiredChoice(ConversationVariables.PARTICIPATION, Participation.class);
      String participationNotes = in.optionalText(ConversationVariables.PARTICIPATION_NOTES, FormInput.LONG_TEXT);
      String representative = in.optionalText(ConversationVariables.REPRESENTATIVE, FormInput.SHORT_TEXT);
      Advocate advocate = in.optionalChoice(ConversationVariables.ADVOCATE, Advocate.class);
      if (participation == Participation.COULD_NOT_TAKE_PART) {  // [T 1.24]
        if (participationNotes == null && !in.rejected(ConversationVariables.PARTICIPATION_NOTES)) {
          in.reject(ConversationVariables.PARTICIPATION_NOTES, "say why the person could not take part");
        }
        if (representative == null && !in.rejected(ConversationVariables.REPRESENTATIVE)) {
          in.reject(ConversationVariables.REPRESENTATIVE, "record who represented the person");
        }
      }
      CarerOffer carer = ConversationForms.carerOffer(in);
      WhatMatters whatMatters = ConversationForms.whatMatters(in, inWales);
      return new Analysis(strengths, ability, informal, interests, otherWays, risk, accommodation, care, treatment,
          bestInterests, dols, transport, outcomes, paid, chc, chcReason, participation, participationNotes,
          representative, advocate == null ? Advocate.NONE : advocate, carer, whatMatters);
    });
  }

  static FinancialAssessment financialAssessment(Map<String, ?> variables) {
    return FormInput.read(variables, in -> {
      FinancialOutcome outcome = in.requiredChoice(FINANCIAL_OUTCOME, FinancialOutcome.class);
      BigDecimal contribution = in.optionalAmount(WEEKLY_CONTRIBUTION);
      if (outcome == FinancialOutcome.WEEKLY_CONTRIBUTION && (contribution == null || contribution.signum() == 0)
          && !in.rejected(WEEKLY_CONTRIBUTION)) {
        in.reject(WEEKLY_CONTRIBUTION, "say what the person pays each week");
      }
      return new FinancialAssessment(outcome, contribution, determinationId(in));
    });
  }

  /** The plan: a line for each outcome the form fills in, at least one. */
  static LetsTalk3Plan plan(Map<String, ?> variables) {
    return FormInput.read(variables, in -> {
      BigDecimal budget = in.requiredAmount(PERSONAL_BUDGET);
      Delivery delivery = in.requiredChoice(DELIVERY, Delivery.class);
      boolean residential = in.optionalFlag(RESIDENTIAL_PLACEMENT);
      List<SupportPlanItem.Line> lines = new ArrayList<>();
      for (int n = 1; n <= PLAN_LINES; n++) {
        String prefix = PlanForms.item(n);
        if (in.has(prefix + "outcome") || in.has(prefix + "howItIsMet") || in.has(prefix + "weeklyCost")) {
          lines.add(PlanForms.line(in, n));
        }
      }
      if (lines.isEmpty()) {
        in.reject(PlanForms.item(1) + "outcome", "a plan needs at least one outcome");
      }
      return new LetsTalk3Plan(budget, delivery, residential, lines);
    });
  }

  /** Not eligible [T 2.58-2.61]: the written decision, advice, the right to challenge, and what follows. */
  static NotEligibleDecision notEligible(Map<String, ?> variables) {
    return FormInput.read(variables, in -> {
      String decision = in.requiredText(ELIGIBILITY_DECISION, FormInput.LONG_TEXT);
      String advice = in.requiredText(INFORMATION_AND_ADVICE, FormInput.LONG_TEXT);
      if (!in.optionalFlag(RIGHT_TO_CHALLENGE_EXPLAINED) && !in.rejected(RIGHT_TO_CHALLENGE_EXPLAINED)) {
        in.reject(RIGHT_TO_CHALLENGE_EXPLAINED, "explain the right to challenge the decision");  // [T 2.59]
      }
      LetsTalk3Outcome next = in.requiredChoice(NEXT_STEP, LetsTalk3Outcome.class);
      if (next == LetsTalk3Outcome.LONG_TERM_SUPPORT) {
        in.reject(NEXT_STEP, "needs that are not eligible go back to Let's Talk 1 or close");
      }
      String rationale = in.requiredText(NEXT_STEP_RATIONALE, FormInput.LONG_TEXT);
      return new NotEligibleDecision(decision, advice, next, rationale, determinationId(in));
    });
  }

  private static UUID determinationId(FormInput in) {
    return in.optional(ELIGIBILITY_DETERMINATION_ID, FormInput.SHORT_TEXT, UUID::fromString);
  }
}
