package org.letstalk.safeguarding;

/** The person's mental capacity for decisions about this concern [T 3.11 "consider issues of capacity"]. */
public enum Capacity {
  HAS_CAPACITY,
  LACKS_CAPACITY,
  NOT_YET_ASSESSED
}
