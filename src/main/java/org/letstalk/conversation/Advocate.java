package org.letstalk.conversation;

/** Who spoke up for the person, when somebody did [T 2.34]. */
public enum Advocate {
  NONE,
  FAMILY_OR_FRIEND,
  CARE_ACT_ADVOCATE,
  IMCA
}
