package letstalk.bench;

import static letstalk.bench.FrontDoor.MANAGER;
import static letstalk.bench.FrontDoor.PRACTITIONER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.letstalk.eligibility.CareActOutcome;
import org.springframework.stereotype.Component;

/**
 * A new contact, a Let's Talk 1 that finds long-term needs, and the Let's Talk 3: strengths-based analysis,
 * eligibility (two outcomes not achieved), financial assessment and support plan, the plan's funding authorised
 * by a team manager; the plan becomes active with its review cycle and the person moves to long-term support.
 */
@Component
class LetsTalk3Journey implements Journey {

  @Override
  public String name() {
    return "new contact → Let's Talk 1 → Let's Talk 3 → funding authorised";
  }

  @Override
  public List<String> processKeys() {
    return List.of("new-contact", "involvement", "lets-talk-1", "lets-talk-3", "funding-authorisation",
        "review-cycle");
  }

  @Override
  public List<String> run(Client client) {
    FrontDoor.Contact contact = FrontDoor.contact(client, FrontDoor.newCase());
    toFundedPlan(client, contact.personId());
    return List.of(contact.processInstanceId());
  }

  @Override
  public List<String> runBare(Client client) {
    FrontDoor.Contact contact = FrontDoor.bareContact(client, FrontDoor.newCase());
    toFundedPlan(client, contact.personId());
    return List.of(contact.processInstanceId());
  }

  private static void toFundedPlan(Client client, String personId) {
    client.completePersonTask(PRACTITIONER, personId, "Task_HoldLetsTalk1", LetsTalk1Journey.letsTalk1("LT3"));
    client.completePersonTask(PRACTITIONER, personId, "Task_HoldLetsTalk3", analysis());
    client.completePersonTask(PRACTITIONER, personId, "Task_AssessEligibility", eligible());
    client.completePersonTask(PRACTITIONER, personId, "Task_FinancialAssessment",
        Map.of("financialOutcome", "WEEKLY_CONTRIBUTION", "weeklyContribution", 25.5));
    client.completePersonTask(PRACTITIONER, personId, "Task_WriteSupportPlan", plan());
    client.completePersonTask(MANAGER, personId, "Task_DecideAuthorisation",
        Map.of("authorisationDecision", "APPROVED", "authorisationReason", "Within the personal budget"));
  }

  private static Map<String, Object> analysis() {
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

  /** Two outcomes she cannot achieve, with a significant impact on her wellbeing [Care Act eligibility]. */
  private static Map<String, Object> eligible() {
    Map<String, Object> form = new HashMap<>();
    form.put("impairmentOrIllness", true);
    form.put("significantImpactOnWellbeing", true);
    for (CareActOutcome outcome : CareActOutcome.values()) {
      for (String meaning : CareActOutcome.MEANINGS) {
        form.put(outcome.field(meaning), false);
      }
      form.put(outcome.field("metByWillingCarer"), false);
      form.put(outcome.field("carerUnwilling"), false);
    }
    form.put(CareActOutcome.values()[1].field(CareActOutcome.MEANINGS[0]), true);
    form.put(CareActOutcome.values()[3].field(CareActOutcome.MEANINGS[0]), true);
    form.put("eligibilityEvidence", "Assessed at home with her son.");
    return form;
  }

  private static Map<String, Object> plan() {
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
}
