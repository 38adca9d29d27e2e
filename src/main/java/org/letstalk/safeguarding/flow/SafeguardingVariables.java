package org.letstalk.safeguarding.flow;

import java.util.List;

/**
 * The variables of safeguarding-concern (processes/safeguarding-concern.bpmn): the concern's fields (the start
 * form's, and those a raising process hands over), where it was raised, and what its steps set.
 */
public final class SafeguardingVariables {

  /** A concern raised by another process: the start event "Concern raised in a conversation or at the front door". */
  public static final String RAISED = "SafeguardingConcernRaised";
  /** A concern reported by another system through our API: its start event of that name. */
  static final String REPORTED = "safeguarding-concern-reported";

  static final String REPORTED_BY = "reportedBy";
  static final String CONCERN_DESCRIPTION = "concernDescription";
  static final String ABUSE_TYPE = "abuseType";
  static final String ALLEGED_PERSON_NAME = "allegedPersonName";
  static final String ALLEGED_PERSON_RELATIONSHIP = "allegedPersonRelationship";
  static final String IMMEDIATE_DANGER = "immediateDanger";
  static final String EMERGENCY_ACTION_TAKEN = "emergencyActionTaken";
  static final String PERSON_WANTS = "personWants";
  static final String CAPACITY = "capacity";

  /** What someone outside the council tells us; also the fields of the start form. */
  public static final List<String> EXTERNAL_FIELDS = List.of("personId", "personName", REPORTED_BY,
      CONCERN_DESCRIPTION, ABUSE_TYPE, ALLEGED_PERSON_NAME, ALLEGED_PERSON_RELATIONSHIP, IMMEDIATE_DANGER,
      EMERGENCY_ACTION_TAKEN, PERSON_WANTS, CAPACITY);
  /** What a raising process hands over, under the concern's own names (map its own with input parameters). */
  static final List<String> CONCERN_FIELDS = List.of("personId", "personName", CONCERN_DESCRIPTION, ABUSE_TYPE,
      ALLEGED_PERSON_NAME, ALLEGED_PERSON_RELATIONSHIP, IMMEDIATE_DANGER, EMERGENCY_ACTION_TAKEN, PERSON_WANTS,
      CAPACITY);

  /** Where the concern was raised. */
  static final String RAISED_KEY = "raisedKey";
  static final String RAISED_IN_PROCESS_KEY = "raisedInProcessKey";
  static final String RAISED_IN_PROCESS_INSTANCE_ID = "raisedInProcessInstanceId";
  static final String RAISED_IN_CONTACT_ID = "raisedInContactId";
  static final String RAISED_BY_USER = "raisedByUser";
  /** Set on the raising process: the concern process it started. */
  public static final String CONCERN_PROCESS_INSTANCE_ID = "safeguardingConcernProcessInstanceId";

  static final String CONCERN_ID = "concernId";
  static final String DECISION_DUE_AT = "decisionDueAt";

  /** The decision's form. */
  static final String CARE_AND_SUPPORT_NEEDS = "careAndSupportNeeds";
  static final String EXPERIENCING_OR_AT_RISK = "experiencingOrAtRiskOfAbuse";
  static final String UNABLE_TO_PROTECT_THEMSELVES = "unableToProtectThemselves";
  static final String ROUTE = "route";
  static final String DECISION_REASON = "decisionReason";
  static final String S42_DUTY_APPLIES = "s42DutyApplies";
  static final String S42_EXPLANATION = "s42Explanation";
  static final String LETS_TALK_2_ASSIGNEE = "letsTalk2Assignee";
  static final String LETS_TALK_2_TEAM = "letsTalk2Team";

  /** The enquiry's forms. */
  static final String ENQUIRY_ID = "enquiryId";
  static final String MEETING_KIND = "meetingKind";
  static final String MEETING_HELD_ON = "meetingHeldOn";
  static final String MEETING_ATTENDEES = "meetingAttendees";
  static final String MEETING_NOTES = "meetingNotes";
  static final String OUTCOMES_PERSON_WANTS = "outcomesPersonWants";
  static final String REPRESENTATIVE_ROLE = "representativeRole";
  static final String REPRESENTATIVE_NAME = "representativeName";
  static final String REPRESENTATIVE_RELATIONSHIP = "representativeRelationship";
  static final String ENQUIRY_ACTIONS_TAKEN = "enquiryActionsTaken";
  static final String ENQUIRY_FINDINGS = "enquiryFindings";
  static final String PROTECTION_PLAN = "protectionPlan";
  static final String PLAN_REVIEW_DUE_ON = "planReviewDueOn";
  static final String PLAN_REVIEW_DUE_AT = "planReviewDueAt";
  static final String PLAN_REVIEWS_RECORDED = "planReviewsRecorded";
  static final String PLAN_REVIEW_OUTCOME = "planReviewOutcome";
  static final String PLAN_REVIEW_NOTES = "planReviewNotes";
  static final String MSP_OUTCOME = "mspOutcome";
  static final String RISK_OUTCOME = "riskOutcome";
  static final String CONCLUSION_SUMMARY = "conclusionSummary";

  private SafeguardingVariables() {
  }
}
