package org.letstalk.safeguarding;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Valid safeguarding input that tests vary one field at a time. */
final class SafeguardingFixtures {

  private SafeguardingFixtures() {
  }

  /** A concern from the police about somebody nobody else in the test run shares a name with. */
  static Map<String, Object> externalConcern() {
    Map<String, Object> form = new HashMap<>();
    form.put("personName", "Edna Test" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
    form.put("reportedBy", "PC Jones, Greater Manchester Police, 0161 000 0001");
    form.put("concernDescription", "Her nephew collects her pension and she has had no food in the house this week.");
    form.put("abuseType", "FINANCIAL_OR_MATERIAL");
    form.put("allegedPersonName", "Gary Smith");
    form.put("allegedPersonRelationship", "Nephew");
    form.put("immediateDanger", false);
    form.put("personWants", "To keep seeing her nephew but to have her own money");
    return form;
  }

  static Map<String, Object> decision(String route, String needs, boolean atRisk, boolean unableToProtect) {
    Map<String, Object> form = new HashMap<>();
    form.put("abuseType", "FINANCIAL_OR_MATERIAL");
    form.put("capacity", "HAS_CAPACITY");
    form.put("careAndSupportNeeds", needs);
    form.put("experiencingOrAtRiskOfAbuse", atRisk);
    form.put("unableToProtectThemselves", unableToProtect);
    form.put("route", route);
    form.put("decisionReason", "Spoke to Edna and PC Jones; reasons as recorded for " + route);
    return form;
  }

  static Map<String, Object> s42Enquiry() {
    return decision("S42_ENQUIRY", "MET_BY_COUNCIL", true, true);
  }

  static Map<String, Object> discussion(String heldOn) {
    Map<String, Object> form = new HashMap<>();
    form.put("meetingKind", "STRATEGY_MEETING");
    form.put("meetingHeldOn", heldOn);
    form.put("meetingAttendees", "Safeguarding team, police, bank's vulnerable customers team");
    form.put("meetingNotes", "Agreed to speak to Edna alone and to ask the bank to review the pension mandate.");
    form.put("outcomesPersonWants", "Her own money back in her hands; no police action against her nephew");
    form.put("representativeRole", "INDEPENDENT_ADVOCATE");
    form.put("representativeName", "Asha Khan");
    form.put("representativeRelationship", "Care Act advocate");
    return form;
  }

  static Map<String, Object> actions() {
    return Map.of("enquiryActionsTaken", "Visited Edna alone; bank changed the pension mandate",
        "enquiryFindings", "Nephew was taking most of the pension; Edna wants to stay in touch with him");
  }

  static Map<String, Object> plan(String reviewOn) {
    return Map.of("protectionPlan", "Pension paid to Edna's own account; weekly call from the advocate",
        "planReviewDueOn", reviewOn);
  }

  static Map<String, Object> review(String outcome, String nextReviewOn) {
    Map<String, Object> form = new HashMap<>();
    form.put("planReviewNotes", "Edna has her money and food in the house");
    form.put("planReviewOutcome", outcome);
    if (nextReviewOn != null) {
      form.put("planReviewDueOn", nextReviewOn);
    }
    return form;
  }

  static Map<String, Object> conclusion() {
    return Map.of("mspOutcome", "PARTLY", "riskOutcome", "REDUCED",
        "conclusionSummary", "Money safe; Edna still worries about her nephew's visits");
  }

}
