package org.letstalk.conversation;

/**
 * The risks a conversation explored and the actions to be taken [T 3.8 Standard 1], with the needs that call for
 * urgent action: self-neglect, hoarding, failure to gain access [T 2.33, 2.43].
 */
public record Risks(String explored, boolean selfNeglect, boolean hoarding, boolean failureToGainAccess,
    String urgentAction) {

  public boolean urgent() {
    return selfNeglect || hoarding || failureToGainAccess;
  }
}
