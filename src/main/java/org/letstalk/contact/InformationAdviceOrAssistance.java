package org.letstalk.contact;

/**
 * What the front door gave, asked in Wales: only information alone needs no assessment; advice or assistance is
 * followed by a proportionate assessment [W ¶71].
 */
public enum InformationAdviceOrAssistance {
  INFORMATION,
  ADVICE,
  ASSISTANCE
}
