package org.letstalk.safeguarding;

/** Who supports the person to take part [W ¶26-27]. */
public enum RepresentativeRole {
  NONE,
  APPROPRIATE_INDIVIDUAL,
  INDEPENDENT_ADVOCATE,
  IMCA
}
