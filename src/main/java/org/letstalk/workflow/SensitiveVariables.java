package org.letstalk.workflow;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Variables that carry what a person told us: the front door's contact details and safeguarding detail. Their
 * values belong in the case tables, where the record's own rules decide who reads them; the engine's history
 * (variables and their every value, kept for years and read through Cockpit and the history API by whoever may
 * read a process's history) never holds them ({@link HistoryWithoutSensitiveDetail}). A new form field carrying
 * such detail goes here; SensitiveVariablesTest fails on the forms until it does.
 */
public final class SensitiveVariables {

  /** The new contact's form (processes/new-contact.bpmn): who the person is and what they told the front door. */
  static final Set<String> FRONT_DOOR = Set.of("givenName", "familyName", "dateOfBirth", "nhsNumber", "postcode",
      "address", "phone", "email", "title", "preferredName", "preferredLanguage", "mainLanguage",
      "communicationNeeds", "statedGender", "phenotypicSex", "ethnicCategory", "primarySupportReason", "gpPractice",
      "contactName", "contactRelationship", "contactPhone", "presentingNeed", "consentNotes", "safeguardingDetail",
      // A possible match as the front door sees it: the described person and the record it may be.
      "describedPerson", "candidatePerson", "matchDecisionReason",
      "outcomeReason", "informationGiven", "newContactAction");

  /** A safeguarding concern and its enquiry (processes/safeguarding-concern.bpmn). */
  static final Set<String> SAFEGUARDING = Set.of("reportedBy", "concernDescription", "abuseType",
      "allegedPersonName", "allegedPersonRelationship", "emergencyActionTaken", "personWants", "capacity",
      "decisionReason", "meetingAttendees", "meetingNotes", "outcomesPersonWants",
      "representativeName", "representativeRelationship", "enquiryActionsTaken", "enquiryFindings", "protectionPlan",
      "planReviewNotes", "conclusionSummary");

  /**
   * A concern named in a conversation or a review, and a conversation's rationale, which is the concern's
   * description when the conversation ends in one.
   */
  static final Set<String> CONCERN_ELSEWHERE = Set.of("concernAllegedPersonName", "concernAllegedPersonRelationship",
      "outcomeRationale", "conversationRationale", "safeguardingConcernDetail", "safeguardingAllegedPersonName",
      "safeguardingAllegedPersonRelationship");

  /** Every name whose values the engine's history never holds. */
  public static final Set<String> NAMES = Stream.of(FRONT_DOOR, SAFEGUARDING, CONCERN_ELSEWHERE)
      .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

  private SensitiveVariables() {
  }

  public static boolean isSensitive(String variableName) {
    return variableName != null && NAMES.contains(variableName);
  }
}
