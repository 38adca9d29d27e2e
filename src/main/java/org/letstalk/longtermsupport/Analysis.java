package org.letstalk.longtermsupport;

import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;

/** The Let's Talk 3 analysis [T 2.56], starting with strengths in three parts [golden rule 1]. */
record Analysis(
    String strengthsPersonal,
    String strengthsNetwork,
    String strengthsCommunity,
    String abilityToMeetOwnNeeds,
    String informalNetwork,
    String interestsAndOpportunities,
    String otherWaysToMeetNeed,
    String riskOfHarm,
    boolean capacityAccommodation,
    boolean capacityCare,
    boolean capacityTreatment,
    String bestInterestsDecision,
    boolean dolsRisk,
    String transport,
    String outcomesSought,
    String howPaidSupportMeetsThem,
    boolean chcToBeConsidered,
    String chcReason) {

  static Analysis from(FormInput in) {
    String personal = strength(in, "strengthsPersonal");
    String network = strength(in, "strengthsNetwork");
    String community = strength(in, "strengthsCommunity");
    String ability = in.requiredText("abilityToMeetOwnNeeds", FormInput.LONG_TEXT);
    String informal = in.requiredText("informalNetwork", FormInput.LONG_TEXT);
    String interests = in.requiredText("interestsAndOpportunities", FormInput.LONG_TEXT);
    String otherWays = in.requiredText("otherWaysToMeetNeed", FormInput.LONG_TEXT);
    String risk = in.requiredText("riskOfHarm", FormInput.LONG_TEXT);
    boolean accommodation = in.requiredFlag("capacityAccommodation");
    boolean care = in.requiredFlag("capacityCare");
    boolean treatment = in.requiredFlag("capacityTreatment");
    String bestInterests = in.optionalText("bestInterestsDecision", FormInput.LONG_TEXT);
    if (!(accommodation && care && treatment) && bestInterests == null) {
      throw new InputRejectedException("bestInterestsDecision",
          "a person without capacity for one of these decisions needs a best-interests decision [T 2.56]");
    }
    boolean dols = in.requiredFlag("dolsRisk");
    String transport = in.requiredText("transport", FormInput.LONG_TEXT);
    String outcomes = in.requiredText("outcomesSought", FormInput.LONG_TEXT);
    String paid = in.requiredText("howPaidSupportMeetsThem", FormInput.LONG_TEXT);
    boolean chc = in.requiredFlag("chcToBeConsidered");
    String chcReason = in.optionalText("chcReason", FormInput.LONG_TEXT);
    if (chc && chcReason == null) {
      throw new InputRejectedException("chcReason", "say why continuing health care should be considered");
    }
    return new Analysis(personal, network, community, ability, informal, interests, otherWays, risk, accommodation,
        care, treatment, bestInterests, dols, transport, outcomes, paid, chc, chcReason);
  }

  private static String strength(FormInput in, String field) {
    if (!in.has(field)) {
      throw new InputRejectedException(field,
          "every conversation starts with strengths: personal, informal network and community");
    }
    return in.requiredText(field, FormInput.LONG_TEXT);
  }
}
