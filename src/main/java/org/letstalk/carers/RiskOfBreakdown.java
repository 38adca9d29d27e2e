package org.letstalk.carers;

/** How likely it is that caring breaks down, as the carer and the worker judge it [W ¶90]. */
public enum RiskOfBreakdown {
  LOW,
  MEDIUM,
  HIGH
}
