package org.letstalk.longtermsupport.flow;

/** The variables of lets-talk-3 (processes/lets-talk-3.bpmn) and its forms. */
final class LetsTalk3Variables {

  static final String EARLIER_CONVERSATION_HELD = "earlierConversationHeld";
  static final String OMISSION_REASON = "omissionReason";
  static final String OMISSION_REQUESTED_BY = "omissionRequestedBy";
  static final String OMISSION_SUMMARY = "omissionSummary";

  static final String ABILITY_TO_MEET_OWN_NEEDS = "abilityToMeetOwnNeeds";
  static final String INFORMAL_NETWORK = "informalNetwork";
  static final String INTERESTS_AND_OPPORTUNITIES = "interestsAndOpportunities";
  static final String OTHER_WAYS_TO_MEET_NEED = "otherWaysToMeetNeed";
  static final String RISK_OF_HARM = "riskOfHarm";
  static final String CAPACITY_ACCOMMODATION = "capacityAccommodation";
  static final String CAPACITY_CARE = "capacityCare";
  static final String CAPACITY_TREATMENT = "capacityTreatment";
  static final String BEST_INTERESTS_DECISION = "bestInterestsDecision";
  static final String DOLS_RISK = "dolsRisk";
  static final String TRANSPORT = "transport";
  static final String OUTCOMES_SOUGHT = "outcomesSought";
  static final String HOW_PAID_SUPPORT_MEETS_THEM = "howPaidSupportMeetsThem";
  static final String CHC_TO_BE_CONSIDERED = "chcToBeConsidered";
  static final String CHC_REASON = "chcReason";

  static final String FINANCIAL_OUTCOME = "financialOutcome";
  static final String WEEKLY_CONTRIBUTION = "weeklyContribution";
  static final String ELIGIBILITY_DETERMINATION_ID = "eligibilityDeterminationId";

  static final String PERSONAL_BUDGET = "personalBudget";
  static final String DELIVERY = "delivery";
  static final String RESIDENTIAL_PLACEMENT = "residentialPlacement";
  /** Plan lines the support plan form offers. */
  static final int PLAN_LINES = 4;
  static final String SUPPORT_PLAN_ID = "supportPlanId";
  static final String PLAN_WEEKLY_COST = "planWeeklyCost";
  static final String PLAN_WRITTEN_BY = "planWrittenBy";
  static final String PLAN_SUMMARY = "planSummary";

  static final String ELIGIBILITY_DECISION = "eligibilityDecision";
  static final String INFORMATION_AND_ADVICE = "informationAndAdvice";
  static final String RIGHT_TO_CHALLENGE_EXPLAINED = "rightToChallengeExplained";
  static final String NEXT_STEP = "nextStep";
  static final String NEXT_STEP_RATIONALE = "nextStepRationale";

  /** The outcome a concluding step names in its input parameter, and what Let's Talk 3 hands back. */
  static final String CONCLUSION = "conclusion";
  static final String AUTHORISATION_REASON = "authorisationReason";
  static final String LETS_TALK_3_OUTCOME = "letsTalk3Outcome";
  static final String LETS_TALK_3_RATIONALE = "letsTalk3Rationale";

  private LetsTalk3Variables() {
  }
}
