package org.letstalk.crisis;

import org.letstalk.conversation.Conversation;

/** What a Let's Talk 2 records: the conversation, its plan, and any spend made with it (null when none). */
public record CrisisConversation(Conversation conversation, CrisisPlan plan, Spend spend) {
}
