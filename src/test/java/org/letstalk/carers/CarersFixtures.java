package org.letstalk.carers;

import static org.letstalk.FormFixtures.with;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.letstalk.eligibility.CarerOutcome;

/** Valid input for the carers' conversation's forms: the carer's details, their record, eligibility and plan. */
public final class CarersFixtures {

  private CarersFixtures() {
  }

  /** A Let's Talk 1 that records a carer who accepts a conversation of their own [N 3.7g; T App B item 7]. */
  public static Map<String, Object> letsTalk1WithCarerAccepting(String outcome) {
    return with(letsTalk1(outcome), "carerPresent", true, "carerConversationOffered", true,
        "carerConversationRefused", false);
  }

  public static Map<String, Object> carerDetails(String relationship) {
    Map<String, Object> form = new HashMap<>();
    form.put("carerGivenName", "Geraint");
    form.put("carerFamilyName", "Carer" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
    form.put("carerDateOfBirth", java.time.LocalDate.of(1950, 1, 1)
        .plusDays(ThreadLocalRandom.current().nextInt(7000)).toString());
    form.put("carerPostcode", "CF10 1AA");
    form.put("relationship", relationship);
    form.put("hoursOfCarePerWeek", 168);
    form.put("livesTogether", true);
    return form;
  }

  /** The carer-specific record: able and willing to care, life beyond caring, wellbeing, breakdown risk. */
  public static Map<String, Object> carerRecord() {
    Map<String, Object> form = new HashMap<>();
    form.put("combinedConversation", false);
    form.put("strengthsPersonal", "Never gives up; outgoing when he has the chance");
    form.put("strengthsNetwork", "Their daughter helps when she can; a few old friends");
    form.put("strengthsCommunity", "The golf club he used to belong to");
    form.put("ableToCareNow", true);
    form.put("willingToCareNow", true);
    form.put("ableToCareInFuture", true);
    form.put("willingToCareInFuture", true);
    form.put("workEducationTraining", "Gave up his job twelve years ago to care full time");
    form.put("recreation", "Would like a round of golf at least once a week");
    form.put("wellbeingAndOutcomes", "Broken nights are taking a toll; wants time out and fun with his grandchildren");
    form.put("riskOfBreakdown", "MEDIUM");
    form.put("caredForNeedsImpact", "Round-the-clock care: turning her every four to six hours at night");
    form.put("agreedActions", "Information about the carers' support group");
    return form;
  }

  public static Map<String, Object> carersLetsTalk1(String outcome) {
    return with(carerRecord(), "outcome", outcome, "outcomeRationale", "Agreed with him: " + outcome);
  }

  /** Carers' eligibility: needs from caring, every outcome achieved, so not eligible unless a test says more. */
  static Map<String, Object> carersEligibility(boolean significantImpact) {
    Map<String, Object> form = new HashMap<>();
    form.put("carerNeedsFromProvidingCare", true);
    form.put("carerHealthDeteriorating", false);
    form.put("carerSignificantImpactOnWellbeing", significantImpact);
    for (CarerOutcome outcome : CarerOutcome.values()) {
      for (String meaning : CarerOutcome.MEANINGS) {
        form.put(outcome.field(meaning), false);
      }
    }
    form.put("eligibilityEvidence", "Carer's conversation with the carer on his own.");
    return form;
  }

  public static Map<String, Object> eligibleCarer() {
    return with(carersEligibility(true), "carerHealthDeteriorating", true,
        CarerOutcome.RECREATION.field("unableWithoutAssistance"), true,
        CarerOutcome.RELATIONSHIPS.field("unableWithoutAssistance"), true);
  }

  public static Map<String, Object> carersPlan() {
    Map<String, Object> form = new HashMap<>();
    form.put("personalBudget", 40);
    form.put("delivery", "DIRECT_PAYMENT");
    form.put("item1_outcome", "A round of golf every week");
    form.put("item1_howItIsMet", "Golf club membership paid with the direct payment");
    form.put("item1_provider", "The local golf club");
    form.put("item1_frequency", "Weekly");
    form.put("item1_weeklyCost", 15);
    form.put("item2_outcome", "Time having fun with his grandchildren");
    form.put("item2_howItIsMet", "Days out with the grandchildren");
    form.put("item2_frequency", "Fortnightly");
    form.put("item2_weeklyCost", "20.00");
    return form;
  }

  static Map<String, Object> withReplacementCare(Map<String, Object> plan) {
    return with(plan, "replacementCareOutcome", "Alison is safe and comfortable while Geraint is out",
        "replacementCareHowItIsMet", "A personal assistant she knows sits with her",
        "replacementCareProvider", "Her own PA", "replacementCareFrequency", "Two mornings a week, 4 hours each",
        "replacementCareWeeklyCost", 128);
  }
}
