package org.letstalk.conversation;

import java.util.UUID;

/**
 * A conversation recorded an informal carer who accepted the offer of a conversation of their own
 * [golden rule 6; T App B item 7]; published in the transaction that records it.
 */
public record CarerConversationAccepted(UUID conversationId, UUID personId, String offeredBy) {
}
