package org.letstalk.conversation;

public enum ConversationType {
  LT1,
  LT2
}
