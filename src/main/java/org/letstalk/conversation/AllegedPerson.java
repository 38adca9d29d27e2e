package org.letstalk.conversation;

/**
 * Who a conversation ending in a safeguarding concern names as alleged to be responsible, and their relationship
 * to the person [W ¶27]; both may be unknown.
 */
public record AllegedPerson(String name, String relationship) {

  public static final AllegedPerson NOT_NAMED = new AllegedPerson(null, null);
}
