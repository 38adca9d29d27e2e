package org.letstalk.crisis;

import org.letstalk.conversation.ConversationForm;
import org.letstalk.conversation.WhatMatters;

/**
 * A Let's Talk 2 as recorded [T 2.43]: the conversation, what must happen today and tomorrow, the first crisis
 * plan and any spend made with it (null when none); in Wales, what matters and the barriers [W ¶37-42].
 */
public record LetsTalk2(ConversationForm conversation, String todayAndTomorrow, PlanForm plan, SpendForm spend,
    WhatMatters whatMatters) {
}
