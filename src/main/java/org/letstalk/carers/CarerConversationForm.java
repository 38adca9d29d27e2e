package org.letstalk.carers;

import org.letstalk.conversation.ConversationForm;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;

/**
 * What a carer's conversation records, read from the submitted form: strengths in three parts [golden rule 1];
 * a combined conversation only when the carer and the cared-for person both agree [W ¶83]; able and willing to
 * care now and in future, and the carer's life beyond caring [W ¶90]; the risk of carer breakdown.
 */
record CarerConversationForm(
    boolean combined,
    String strengthsPersonal,
    String strengthsNetwork,
    String strengthsCommunity,
    boolean ableToCareNow,
    boolean willingToCareNow,
    boolean ableToCareInFuture,
    boolean willingToCareInFuture,
    String workEducationTraining,
    String recreation,
    String wellbeingAndOutcomes,
    RiskOfBreakdown riskOfBreakdown,
    String riskOfBreakdownNotes,
    String caredForNeedsImpact,
    String agreedActions,
    ConversationOutcome outcome,
    String outcomeRationale) {

  /** A carer who is not able or not willing to care now can no longer care: the cared-for person is reassessed. */
  boolean canNoLongerCare() {
    return !ableToCareNow || !willingToCareNow;
  }

  static CarerConversationForm from(FormInput in, CarerConversationType type) {
    boolean combined = in.requiredFlag("combinedConversation");
    if (combined) {
      for (String field : new String[] {"carerAgreesToCombine", "caredForAgreesToCombine"}) {
        if (!in.optionalFlag(field)) {
          throw new InputRejectedException(field,
              "a combined conversation needs both the carer and the person cared for to agree [W ¶83]");
        }
      }
    }
    String personal = ConversationForm.requiredStrength(in, "strengthsPersonal");
    String network = ConversationForm.requiredStrength(in, "strengthsNetwork");
    String community = ConversationForm.requiredStrength(in, "strengthsCommunity");
    boolean ableNow = in.requiredFlag("ableToCareNow");
    boolean willingNow = in.requiredFlag("willingToCareNow");
    boolean ableFuture = in.requiredFlag("ableToCareInFuture");
    boolean willingFuture = in.requiredFlag("willingToCareInFuture");
    String work = in.requiredText("workEducationTraining", FormInput.LONG_TEXT);
    String recreation = in.requiredText("recreation", FormInput.LONG_TEXT);
    String wellbeing = in.requiredText("wellbeingAndOutcomes", FormInput.LONG_TEXT);
    RiskOfBreakdown risk = in.requiredChoice("riskOfBreakdown", RiskOfBreakdown.class);
    String riskNotes = in.optionalText("riskOfBreakdownNotes", FormInput.LONG_TEXT);
    if (risk == RiskOfBreakdown.HIGH && riskNotes == null) {
      throw new InputRejectedException("riskOfBreakdownNotes", "say what makes a breakdown in caring likely");
    }
    String impact = in.requiredText("caredForNeedsImpact", FormInput.LONG_TEXT);
    ConversationOutcome outcome = null;
    String rationale = null;
    String actions;
    if (type == CarerConversationType.LT1) {
      actions = in.requiredText("agreedActions", FormInput.LONG_TEXT);
      outcome = in.requiredChoice("outcome", ConversationOutcome.class);
      rationale = in.requiredText("outcomeRationale", FormInput.LONG_TEXT);
    } else {
      actions = in.optionalText("agreedActions", FormInput.LONG_TEXT);
    }
    return new CarerConversationForm(combined, personal, network, community, ableNow, willingNow, ableFuture,
        willingFuture, work, recreation, wellbeing, risk, riskNotes, impact, actions, outcome, rationale);
  }
}
