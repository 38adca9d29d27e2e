package org.letstalk.conversation;

import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;

/**
 * What every conversation records, read from the submitted form with the golden rules applied: strengths in
 * three parts [rule 1], how the person took part or who represented them [rule 5], and the carer [rule 6].
 */
public record ConversationForm(
    String presentingNeeds,
    String relevantCircumstances,
    String wellbeingAndOutcomes,
    String strengthsPersonal,
    String strengthsNetwork,
    String strengthsCommunity,
    String agreedActions,
    String communityConnections,
    Participation participation,
    String participationNotes,
    Boolean hasCapacity,
    String bestInterestsDecision,
    String representative,
    Advocate advocate,
    boolean carerPresent,
    Boolean carerConversationOffered,
    Boolean carerConversationRefused,
    String carerRefusedReason) {

  static ConversationForm from(FormInput in) {
    String presentingNeeds = in.requiredText("presentingNeeds", FormInput.LONG_TEXT);
    String circumstances = in.requiredText("relevantCircumstances", FormInput.LONG_TEXT);
    String wellbeing = in.requiredText("wellbeingAndOutcomes", FormInput.LONG_TEXT);
    String personal = requiredStrength(in, "strengthsPersonal");
    String network = requiredStrength(in, "strengthsNetwork");
    String community = requiredStrength(in, "strengthsCommunity");
    String actions = in.requiredText("agreedActions", FormInput.LONG_TEXT);
    String connections = in.optionalText("communityConnections", FormInput.LONG_TEXT);

    Participation participation = in.requiredChoice("participation", Participation.class);
    String participationNotes = in.optionalText("participationNotes", FormInput.LONG_TEXT);
    Boolean hasCapacity = in.has("hasCapacity") ? in.requiredFlag("hasCapacity") : null;
    String bestInterests = in.optionalText("bestInterestsDecision", FormInput.LONG_TEXT);
    String representative = in.optionalText("representative", FormInput.SHORT_TEXT);
    Advocate advocate = in.optionalChoice("advocate", Advocate.class);
    if (participation == Participation.COULD_NOT_TAKE_PART) {
      if (participationNotes == null) {
        throw new InputRejectedException("participationNotes", "say why the person could not take part");
      }
      if (hasCapacity == null) {
        throw new InputRejectedException("hasCapacity", "record whether the person has capacity for this decision");
      }
      if (representative == null) {
        throw new InputRejectedException("representative", "record who represented the person");
      }
    }
    if (Boolean.FALSE.equals(hasCapacity) && bestInterests == null) {
      throw new InputRejectedException("bestInterestsDecision",
          "a person without capacity for this decision needs a best-interests decision [T 2.34]");
    }

    boolean carerPresent = in.requiredFlag("carerPresent");
    Boolean offered = null;
    Boolean refused = null;
    String refusedReason = null;
    if (carerPresent) {
      offered = in.requiredFlag("carerConversationOffered");
      refused = offered && in.optionalFlag("carerConversationRefused");
      refusedReason = in.optionalText("carerRefusedReason", 1000);
      if (refused && refusedReason == null) {
        throw new InputRejectedException("carerRefusedReason", "record why the carer refused their own conversation");
      }
    }
    return new ConversationForm(presentingNeeds, circumstances, wellbeing, personal, network, community, actions,
        connections, participation, participationNotes, hasCapacity, bestInterests, representative,
        advocate == null ? Advocate.NONE : advocate, carerPresent, offered, refused, refusedReason);
  }

  /** Golden rule 1 for any conversation's form, a carer's included: each part of the strengths is required. */
  public static String requiredStrength(FormInput in, String field) {
    if (!in.has(field)) {
      throw new InputRejectedException(field, "every conversation starts with strengths: personal, informal network and community");
    }
    return in.requiredText(field, FormInput.LONG_TEXT);
  }
}
