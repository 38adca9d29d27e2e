package org.letstalk.carers.flow;

/** The variables of carers-conversation (processes/carers-conversation.bpmn) and of the carer's forms. */
public final class CarersVariables {

  public static final String PROCESS_KEY = "carers-conversation";
  /** Starts a carer's conversation: its start event "Carer accepted a conversation". */
  static final String CARER_ACCEPTED = "carer-accepted-conversation";

  /** The person cared for, and the conversation in which the carer accepted. */
  static final String CARED_FOR_ID = "caredForId";
  static final String CARED_FOR_NAME = "caredForName";
  static final String OFFERED_IN_CONVERSATION_ID = "offeredInConversationId";
  static final String OFFERED_BY = "offeredBy";
  /** The carer as the conversation that offered named them, if it did: tells a second carer apart. */
  static final String OFFERED_CARER_NAME = "offeredCarerName";
  static final String CARER_LINK_ID = "carerLinkId";

  static final String CARER_GIVEN_NAME = "carerGivenName";
  static final String CARER_FAMILY_NAME = "carerFamilyName";
  static final String CARER_DATE_OF_BIRTH = "carerDateOfBirth";
  static final String CARER_NHS_NUMBER = "carerNhsNumber";
  static final String CARER_POSTCODE = "carerPostcode";
  static final String CARER_PHONE = "carerPhone";
  static final String RELATIONSHIP = "relationship";
  static final String HOURS_OF_CARE_PER_WEEK = "hoursOfCarePerWeek";
  static final String LIVES_TOGETHER = "livesTogether";

  /** LT1 or LT3: which of the carer's conversations a recording step records (its input parameter). */
  static final String CONVERSATION_TYPE = "conversationType";
  static final String COMBINED_CONVERSATION = "combinedConversation";
  static final String CARER_AGREES_TO_COMBINE = "carerAgreesToCombine";
  static final String CARED_FOR_AGREES_TO_COMBINE = "caredForAgreesToCombine";
  static final String ABLE_TO_CARE_NOW = "ableToCareNow";
  static final String WILLING_TO_CARE_NOW = "willingToCareNow";
  static final String ABLE_TO_CARE_IN_FUTURE = "ableToCareInFuture";
  static final String WILLING_TO_CARE_IN_FUTURE = "willingToCareInFuture";
  static final String WORK_EDUCATION_TRAINING = "workEducationTraining";
  static final String RECREATION = "recreation";
  static final String RISK_OF_BREAKDOWN = "riskOfBreakdown";
  static final String RISK_OF_BREAKDOWN_NOTES = "riskOfBreakdownNotes";
  static final String CARED_FOR_NEEDS_IMPACT = "caredForNeedsImpact";
  /** Whether the carer is not able or not willing to care now: the person cared for is then reassessed. */
  static final String CAN_NO_LONGER_CARE = "canNoLongerCare";
  static final String NEXT_CONVERSATION = "nextConversation";

  static final String WRITTEN_DECISION = "writtenDecision";
  static final String INFORMATION_AND_ADVICE = "informationAndAdvice";
  static final String RIGHT_TO_CHALLENGE_EXPLAINED = "rightToChallengeExplained";

  static final String PERSONAL_BUDGET = "personalBudget";
  static final String DELIVERY = "delivery";
  static final String REPLACEMENT_CARE_OUTCOME = "replacementCareOutcome";
  static final String REPLACEMENT_CARE_HOW_IT_IS_MET = "replacementCareHowItIsMet";
  static final String REPLACEMENT_CARE_PROVIDER = "replacementCareProvider";
  static final String REPLACEMENT_CARE_FREQUENCY = "replacementCareFrequency";
  static final String REPLACEMENT_CARE_WEEKLY_COST = "replacementCareWeeklyCost";
  /** The most lines a carer's support plan form offers. */
  static final int PLAN_LINES = 5;

  static final String SUPPORT_PLAN_ID = "supportPlanId";
  static final String CARED_FOR_PLAN_ID = "caredForPlanId";
  static final String PLAN_WEEKLY_COST = "planWeeklyCost";
  static final String PLAN_WRITTEN_BY = "planWrittenBy";
  static final String PLAN_SUMMARY = "planSummary";

  private CarersVariables() {
  }
}
