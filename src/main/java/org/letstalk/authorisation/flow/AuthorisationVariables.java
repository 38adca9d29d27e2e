package org.letstalk.authorisation.flow;

/**
 * The variables of funding-authorisation (processes/funding-authorisation.bpmn): what a calling process asks,
 * what the authorisation-level table decides, and the decision it hands back.
 */
public final class AuthorisationVariables {

  static final String REQUEST_TYPE = "requestType";
  static final String REQUESTED_BY = "requestedBy";
  static final String SUBJECT_ID = "subjectId";
  static final String WEEKLY_COST = "weeklyCost";
  static final String ONE_OFF_AMOUNT = "oneOffAmount";
  static final String RESIDENTIAL = "residential";
  static final String SUMMARY = "summary";
  /** How the request reads in the authoriser's inbox. */
  static final String REQUEST_WORDS = "requestWords";

  /** The level the table authorisation-level chose, and the group the table authorisation-group names for it. */
  static final String AUTHORISATION_LEVEL = "authorisationLevel";
  static final String AUTHORISATION_GROUP = "authorisationGroup";
  static final String ESCALATED_FROM_GROUP = "escalatedFromGroup";
  static final String ESCALATED_TO_WORDS = "escalatedToWords";
  /** The decision task's new due date and priority when it goes up a level, given by the model. */
  static final String ESCALATED_DUE_DATE = "escalatedDueDate";
  static final String ESCALATED_PRIORITY = "escalatedPriority";
  /** How often the panel is reminded of a request it has not decided (AuthorisationSettings). */
  static final String REMINDER_INTERVAL = "reminderInterval";
  /** A notice about a late request: the group told, and what it reads; given by the model. */
  static final String NOTICE_GROUP = "noticeGroup";
  static final String NOTICE_WORDS = "noticeWords";
  static final String NOTICE_DETAIL = "noticeDetail";
  /** The request a notice is about: its notices are withdrawn once it is decided. */
  static final String REQUEST_PROCESS_ID = "requestProcessInstanceId";
  /** The decision task, which stays the same task from the request to its decision. */
  static final String DECISION_TASK = "Task_DecideAuthorisation";

  /** The decision handed back to the calling process. */
  public static final String AUTHORISATION_DECISION = "authorisationDecision";
  public static final String AUTHORISATION_REASON = "authorisationReason";
  static final String AUTHORISED_BY = "authorisedBy";

  /** A notice about a late request (authorisation-escalated's start event). */
  static final String ESCALATED = "authorisation-escalated";
  /** The request was decided: its notices are withdrawn (authorisation-escalated's boundary event). */
  static final String DECIDED = "authorisation-decided";

  private AuthorisationVariables() {
  }
}
