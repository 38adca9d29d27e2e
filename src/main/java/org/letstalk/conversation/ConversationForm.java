package org.letstalk.conversation;

/**
 * What every conversation records, checked: strengths in three parts [T 1.18], how the person took part or who
 * represented them [T 1.24, 2.34], and whether a carer was there and offered a conversation of their own
 * [T 1.22; N 3.7g; T App B item 7], how it was held [T 2.17] and the risks explored [T 3.8].
 */
public record ConversationForm(
    String presentingNeeds,
    String relevantCircumstances,
    String wellbeingAndOutcomes,
    Strengths strengths,
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
    String carerRefusedReason,
    String carerNotOfferedReason,
    HeldHow heldHow,
    Risks risks) {

  /** An informal carer was there, was offered a conversation of their own, and took it. */
  public boolean carerAcceptedConversation() {
    return carerPresent && Boolean.TRUE.equals(carerConversationOffered)
        && !Boolean.TRUE.equals(carerConversationRefused);
  }
}
