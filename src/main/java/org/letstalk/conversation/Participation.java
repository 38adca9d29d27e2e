package org.letstalk.conversation;

/** How the person took part: no decision without them [T 1.24, 2.34]. */
public enum Participation {
  TOOK_PART,
  TOOK_PART_WITH_SUPPORT,
  COULD_NOT_TAKE_PART
}
