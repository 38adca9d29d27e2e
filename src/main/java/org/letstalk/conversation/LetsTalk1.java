package org.letstalk.conversation;

import java.math.BigDecimal;

/**
 * A Let's Talk 1 as recorded on its proforma [T 2.33]: the conversation, how it ended, and for a funded person
 * the new weekly cost when their funding changes (null when it does not) [T 2.34]; in Wales, what matters and the
 * barriers [W ¶37-42].
 */
public record LetsTalk1(ConversationForm conversation, Conclusion conclusion, BigDecimal newWeeklyCost,
    WhatMatters whatMatters) {

  public boolean fundingChanges() {
    return newWeeklyCost != null;
  }
}
