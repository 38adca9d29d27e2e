package org.letstalk.conversation.flow;

import java.math.BigDecimal;
import java.util.Map;
import org.letstalk.conversation.Conclusion;
import org.letstalk.conversation.ConversationForm;
import org.letstalk.conversation.LetsTalk1;
import org.letstalk.conversation.WhatMatters;
import org.letstalk.validation.FormInput;

/** Reads the Let's Talk 1 proforma [T 2.33] from its task's variables. */
final class LetsTalk1Forms {

  private LetsTalk1Forms() {
  }

  /** In Wales the conversation also records what matters and the barriers, the rest of the five elements [W ¶78]. */
  static LetsTalk1 read(Map<String, ?> variables, boolean inWales) {
    return FormInput.read(variables, in -> {
      ConversationForm conversation = ConversationForms.read(in);
      WhatMatters whatMatters = ConversationForms.whatMatters(in, inWales);
      Conclusion conclusion = ConversationForms.conclusion(in);
      BigDecimal newWeeklyCost = null;
      if (in.optionalFlag(ConversationVariables.FUNDING_CHANGE)) {
        // Capacity for the funding decision itself, or the best-interests decision [T 2.34].
        if (conversation.hasCapacity() == null && !in.rejected(ConversationVariables.HAS_CAPACITY)) {
          in.reject(ConversationVariables.HAS_CAPACITY,
              "record whether the person has capacity for this funding decision");  // [T 2.34]
        }
        newWeeklyCost = in.requiredAmount(ConversationVariables.NEW_WEEKLY_COST);
      }
      return new LetsTalk1(conversation, conclusion, newWeeklyCost, whatMatters);
    });
  }
}
