package org.letstalk.conversation;

import static org.letstalk.FormFixtures.with;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Valid conversation input that tests vary one field at a time. */
public final class ConversationFixtures {

  private ConversationFixtures() {
  }

  /** A contact about somebody nobody else in the test run shares a name with. */
  public static Map<String, Object> contactAbout(String givenName) {
    Map<String, Object> form = new HashMap<>();
    form.put("givenName", givenName);
    form.put("familyName", "Conv" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
    form.put("dateOfBirth", "1941-06-12");
    form.put("postcode", "M41 5SL");
    form.put("routeOfAccess", "HOSPITAL");
    form.put("contactName", "Trafford General discharge team");
    form.put("contactRelationship", "Hospital therapists");
    form.put("contactMethod", "PHONE");
    form.put("presentingNeed", "Home after a hip replacement; the house is cold and the therapists suggest readmission.");
    form.put("consentToShare", true);
    return form;
  }

  public static Map<String, Object> newCaseFor(String worker) {
    return Map.of("outcome", "NEW_CASE", "outcomeReason", "Needs a conversation", "allocation", "NAMED_WORKER",
        "allocatedWorker", worker);
  }

  public static Map<String, Object> crisisFor(String worker) {
    return Map.of("outcome", "EXISTING_CASE", "outcomeReason", "Support plan in place; crisis at home", "crisis", true,
        "allocation", "NAMED_WORKER", "allocatedWorker", worker);
  }

  /** What every conversation records: strengths, participation and the carer. */
  public static Map<String, Object> conversation() {
    Map<String, Object> form = new HashMap<>();
    form.put("presentingNeeds", "Getting about the house after the operation");
    form.put("relevantCircumstances", "Lives alone; recovering from an elective hip replacement");
    form.put("wellbeingAndOutcomes", "Wants to stay at home and keep his independence; safe and warm");
    form.put("strengthsPersonal", "Determined, knows his own mind, does his exercises");
    form.put("strengthsNetwork", "A neighbour looks in most days");
    form.put("strengthsCommunity", "Bowls club friends; the parish lunch on Thursdays");
    form.put("agreedActions", "Neighbour to collect shopping; bowls club lift on Tuesdays");
    form.put("participation", "TOOK_PART");
    form.put("advocate", "NONE");
    form.put("heldHow", "IN_PERSON");
    form.put("risksExplored", "Falls on the stairs: rail fitted on the left; neighbour has a key");
    form.put("carerPresent", false);
    return form;
  }

  public static Map<String, Object> letsTalk1(String outcome) {
    return with(conversation(), "outcome", outcome, "outcomeRationale", "Outcome agreed with him: " + outcome,
        "alternativesNotChosen", "Homecare: not needed with the neighbour's help");
  }

  public static Map<String, Object> letsTalk2(int planDays) {
    return with(conversation(), "todayAndTomorrow", "Warm the house today; check he is eating",
        "planActions", "Buy two heaters today\nNeighbour checks the heating each evening\nSocial worker visits on Friday",
        "planEndDate", today().plusDays(planDays).toString());
  }

  public static Map<String, Object> newPlan(int planDays) {
    Map<String, Object> form = new HashMap<>();
    form.put("planActions", "Daily phone call\nHot meals delivered for a week");
    form.put("planEndDate", today().plusDays(planDays).toString());
    return form;
  }

  public static Map<String, Object> review(String outcome) {
    return Map.of("outcome", outcome, "outcomeRationale", "Reviewed with him: " + outcome);
  }

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate();
  }

}
