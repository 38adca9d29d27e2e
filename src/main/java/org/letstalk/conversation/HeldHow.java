package org.letstalk.conversation;

/** How a conversation was held: face to face is not always needed, but how it was held is recorded [T 2.17]. */
public enum HeldHow {
  IN_PERSON,
  PHONE,
  VIDEO
}
