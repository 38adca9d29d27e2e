package org.letstalk.conversation;

/**
 * How a conversation ended: its outcome, why, and why the other options were not taken [N 5.2]; when it ends in a
 * safeguarding concern, the rationale is the concern's description and {@code alleged} who it names.
 */
public record Conclusion(ConversationOutcome outcome, String rationale, String alternatives, AllegedPerson alleged) {

  public Conclusion {
    alleged = outcome == ConversationOutcome.SAFEGUARDING && alleged != null ? alleged : AllegedPerson.NOT_NAMED;
  }

  public Conclusion(ConversationOutcome outcome, String rationale, String alternatives) {
    this(outcome, rationale, alternatives, AllegedPerson.NOT_NAMED);
  }
}
