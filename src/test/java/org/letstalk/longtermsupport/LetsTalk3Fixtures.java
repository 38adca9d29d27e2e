package org.letstalk.longtermsupport;

import java.util.HashMap;
import java.util.Map;

/** Valid input for Let's Talk 3's forms: the analysis and the support plan. */
public final class LetsTalk3Fixtures {

  private LetsTalk3Fixtures() {
  }

  public static Map<String, Object> analysis() {
    Map<String, Object> form = new HashMap<>();
    form.put("strengthsPersonal", "Loves gardening; knows exactly how she likes things done");
    form.put("strengthsNetwork", "Her son phones daily and visits at weekends");
    form.put("strengthsCommunity", "Allotment society; the church coffee morning");
    form.put("abilityToMeetOwnNeeds", "Cannot wash or dress without help since the stroke");
    form.put("informalNetwork", "Son does the shopping; cannot help in the mornings");
    form.put("interestsAndOpportunities", "Allotment society would welcome her back");
    form.put("otherWaysToMeetNeed", "Pendant alarm and a perching stool tried; mornings still need a person");
    form.put("riskOfHarm", "Falls risk in the bathroom");
    form.put("capacityAccommodation", true);
    form.put("capacityCare", true);
    form.put("capacityTreatment", true);
    form.put("dolsRisk", false);
    form.put("transport", "Cannot use the bus yet; allotment club can give lifts some days");
    form.put("outcomesSought", "Washed and dressed each morning; back at the allotment");
    form.put("howPaidSupportMeetsThem", "A personal assistant each morning; lifts to the allotment");
    form.put("chcToBeConsidered", false);
    form.put("participation", "TOOK_PART");
    form.put("carerPresent", true);
    form.put("carerConversationOffered", false);
    form.put("carerNotOfferedReason", "Her son had a carer's conversation of his own last month");
    return form;
  }

  public static Map<String, Object> plan() {
    Map<String, Object> form = new HashMap<>();
    form.put("personalBudget", 185);
    form.put("delivery", "DIRECT_PAYMENT");
    form.put("item1_outcome", "Washed and dressed each morning");
    form.put("item1_howItIsMet", "Personal assistant employed with the direct payment");
    form.put("item1_provider", "Her own PA");
    form.put("item1_frequency", "7 mornings a week, 1 hour");
    form.put("item1_weeklyCost", 140);
    form.put("item2_outcome", "Out to the allotment twice a week");
    form.put("item2_howItIsMet", "Taxi on the days the club cannot give a lift");
    form.put("item2_frequency", "Twice a week");
    form.put("item2_weeklyCost", "40.00");
    return form;
  }

  /** Care Act eligibility answers that make the needs eligible (two outcomes not achieved). */
  public static Map<String, Object> eligibleAnswers() {
    return LetsTalk3ProcessTest.eligibleAnswers();
  }
}
