package org.letstalk.conversation;

/**
 * The informal carer on a conversation's form: whether there is one, whether they were offered a conversation of
 * their own and, if not, why not [T App B item 7; golden rule 6]; whether they refused it and why.
 */
public record CarerOffer(boolean present, Boolean offered, Boolean refused, String refusedReason,
    String notOfferedReason) {

  /** An informal carer was there, was offered a conversation of their own, and took it. */
  public boolean accepted() {
    return present && Boolean.TRUE.equals(offered) && !Boolean.TRUE.equals(refused);
  }
}
