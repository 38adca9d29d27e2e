package org.letstalk.eligibility;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;

/**
 * Complete eligibility assessment answers, as the form submits them, to vary in tests; a fresh person for each
 * test; and a test process holding only the eligibility step as Let's Talk 3 holds it.
 */
public final class EligibilityFixtures {

  /** The assessment form's task, then {@code determineEligibility} synchronously, then a gateway on {@code eligible}. */
  static final String STEP_PROCESS_KEY = "eligibility-step-test";

  private EligibilityFixtures() {
  }

  static void deployStep(RepositoryService repository) {
    repository.createDeployment().name(STEP_PROCESS_KEY).enableDuplicateFiltering(true)
        .addClasspathResource("eligibility/eligibility-step-test.bpmn").deploy();
  }

  /** A fresh person: the database is shared by every test. */
  static UUID newPerson(PersonFinder finder, String givenName, LocalDate dateOfBirth) {
    String familyName = "Eligibility-" + UUID.randomUUID().toString().substring(0, 8);
    return finder.create(new PersonDetails(givenName, familyName, dateOfBirth, null, null, null, null, null, null),
        true).getId();
  }

  /** England, adult: conditions 1 and 3 met, every outcome achieved. */
  static Map<String, Object> englandAdult() {
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
    form.put("eligibilityEvidence", "Assessed at home with the person and her son.");
    return form;
  }

  /** England, carer: conditions 1 and 3 met, health not at risk, every outcome achieved. */
  static Map<String, Object> englandCarer() {
    Map<String, Object> form = new HashMap<>();
    form.put("eligibilityFor", "CARER");
    form.put("carerNeedsFromProvidingCare", true);
    form.put("carerHealthDeteriorating", false);
    form.put("carerSignificantImpactOnWellbeing", true);
    for (CarerOutcome outcome : CarerOutcome.values()) {
      for (String meaning : CarerOutcome.MEANINGS) {
        form.put(outcome.field(meaning), false);
      }
    }
    form.put("eligibilityEvidence", "Carer's conversation with the carer on her own.");
    return form;
  }

  /** Wales: the 82-year-old widow with early dementia of the Welsh module's case study [W §3.28]. */
  public static Map<String, Object> derynInWales() {
    Map<String, Object> form = new HashMap<>();
    form.put("protectionFromAbuseNeeded", false);
    form.put("need1_description", "Help to wash and dress, morning and evening");
    form.put("need1_circumstance", "PHYSICAL_OR_MENTAL_ILL_HEALTH");
    form.put("need1_outcomeArea", "SELF_CARE_OR_DOMESTIC_ROUTINES");
    // Gwen cannot keep helping every day: it interferes with her work.
    form.put("need1_canBeMetBy", "ONLY_WITH_COUNCIL_CARE_AND_SUPPORT");
    form.put("need1_unlikelyToAchieveOutcomes", true);
    form.put("need1_directPayment", true);
    form.put("need2_description", "Shopping and cooking");
    form.put("need2_circumstance", "PHYSICAL_OR_MENTAL_ILL_HEALTH");
    form.put("need2_outcomeArea", "SELF_CARE_OR_DOMESTIC_ROUTINES");
    // Gwen is willing to keep shopping and cooking.
    form.put("need2_canBeMetBy", "BY_A_WILLING_AND_ABLE_CARER");
    form.put("need2_unlikelyToAchieveOutcomes", false);
    form.put("eligibilityEvidence", "Deryn, 82, early dementia; assessed with her daughter Gwen [W §3.28].");
    return form;
  }

}
