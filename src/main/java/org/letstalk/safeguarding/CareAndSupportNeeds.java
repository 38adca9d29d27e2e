package org.letstalk.safeguarding;

/** s42(1)(a): needs for care and support, whether or not the council is meeting them [W ¶107]. */
public enum CareAndSupportNeeds {
  MET_BY_COUNCIL,
  NOT_MET_BY_COUNCIL,
  NONE
}
