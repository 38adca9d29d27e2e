package org.letstalk.conversation;

import java.math.BigDecimal;

/**
 * A Let's Talk 1 as recorded on its proforma [T 2.33]: the conversation, how it ended, and for a funded person
 * the new weekly cost when their funding changes (null when it does not) [T 2.34].
 */
public record LetsTalk1(ConversationForm conversation, Conclusion conclusion, BigDecimal newWeeklyCost) {

  public boolean fundingChanges() {
    return newWeeklyCost != null;
  }
}
