package org.letstalk.conversation.flow;

/**
 * The variables of a conversation's process (lets-talk-1, and the conversation part of lets-talk-2 and of a
 * carer's conversation): the proforma's fields as the forms write them, and what a conversation hands back to
 * the process that called it.
 */
public final class ConversationVariables {

  public static final String PRESENTING_NEEDS = "presentingNeeds";
  public static final String RELEVANT_CIRCUMSTANCES = "relevantCircumstances";
  /** Wales: what matters to the person, in their words, and the barriers to their outcomes [W ¶37-42]. */
  public static final String WHAT_MATTERS = "whatMatters";
  public static final String BARRIERS = "barriers";
  public static final String WELLBEING_AND_OUTCOMES = "wellbeingAndOutcomes";
  public static final String STRENGTHS_PERSONAL = "strengthsPersonal";
  public static final String STRENGTHS_NETWORK = "strengthsNetwork";
  public static final String STRENGTHS_COMMUNITY = "strengthsCommunity";
  public static final String AGREED_ACTIONS = "agreedActions";
  public static final String COMMUNITY_CONNECTIONS = "communityConnections";
  public static final String PARTICIPATION = "participation";
  public static final String PARTICIPATION_NOTES = "participationNotes";
  public static final String HAS_CAPACITY = "hasCapacity";
  public static final String BEST_INTERESTS_DECISION = "bestInterestsDecision";
  public static final String REPRESENTATIVE = "representative";
  public static final String ADVOCATE = "advocate";
  public static final String CARER_PRESENT = "carerPresent";
  public static final String CARER_CONVERSATION_OFFERED = "carerConversationOffered";
  public static final String CARER_CONVERSATION_REFUSED = "carerConversationRefused";
  public static final String CARER_REFUSED_REASON = "carerRefusedReason";
  public static final String CARER_NOT_OFFERED_REASON = "carerNotOfferedReason";
  public static final String HELD_HOW = "heldHow";
  public static final String RISKS_EXPLORED = "risksExplored";
  public static final String RISK_SELF_NEGLECT = "riskSelfNeglect";
  public static final String RISK_HOARDING = "riskHoarding";
  public static final String RISK_FAILURE_TO_GAIN_ACCESS = "riskFailureToGainAccess";
  public static final String URGENT_ACTION = "urgentAction";
  /** The name of the carer who accepted a conversation of their own, if given. */
  public static final String CARER_NAME = "carerName";

  /** How the conversation ended, as the form asks it. */
  public static final String OUTCOME = "outcome";
  public static final String OUTCOME_RATIONALE = "outcomeRationale";
  public static final String ALTERNATIVES_NOT_CHOSEN = "alternativesNotChosen";
  /** Who a conversation ending in a safeguarding concern names; kept with the conversation, never in the process. */
  public static final String CONCERN_ALLEGED_PERSON_NAME = "concernAllegedPersonName";
  public static final String CONCERN_ALLEGED_PERSON_RELATIONSHIP = "concernAllegedPersonRelationship";
  static final String FUNDING_CHANGE = "fundingChange";
  static final String NEW_WEEKLY_COST = "newWeeklyCost";
  /** Whether the person has a care and support plan in force: a Let's Talk 1 of an existing funded case. */
  static final String FUNDED_PLAN_IN_FORCE = "fundedPlanInForce";
  /** Why the funding should change, as revised after the manager returned it. */
  static final String FUNDING_CHANGE_REASON = "fundingChangeReason";
  /** The plan version an approved funding change made, for the plan's review cycle. */
  static final String SUPPORT_PLAN_ID = "supportPlanId";
  static final String AUTHORISATION_REASON = "authorisationReason";

  /** The conversation recorded, and what it hands back to the process that called it. */
  public static final String CONVERSATION_ID = "conversationId";
  public static final String CONVERSATION_OUTCOME = "conversationOutcome";
  public static final String CONVERSATION_RATIONALE = "conversationRationale";
  public static final String CONVERSATION_HELD_BY = "conversationHeldBy";
  /** Whether an informal carer accepted a conversation of their own: the model then starts it. */
  public static final String CARER_ACCEPTED = "carerAcceptedConversation";

  private ConversationVariables() {
  }
}
