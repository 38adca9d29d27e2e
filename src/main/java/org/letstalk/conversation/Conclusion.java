package org.letstalk.conversation;

/** How a conversation ended: its outcome, why, and why the other options were not taken [N 5.2]. */
public record Conclusion(ConversationOutcome outcome, String rationale, String alternatives) {
}
