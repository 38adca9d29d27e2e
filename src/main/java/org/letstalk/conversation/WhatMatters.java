package org.letstalk.conversation;

/**
 * What a Welsh assessment adds to a Let's Talk 1: what matters to the person, in their words, and the barriers to
 * the outcomes they want; with the circumstances, outcomes, risks and strengths the conversation records, these
 * make the five elements of assessment [W ¶37-42, ¶78]. Both null in England.
 */
public record WhatMatters(String whatMatters, String barriers) {

  public static final WhatMatters NOT_ASKED = new WhatMatters(null, null);
}
