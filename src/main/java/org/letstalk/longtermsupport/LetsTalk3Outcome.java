package org.letstalk.longtermsupport;

/** What a Let's Talk 3 hands back to the involvement. */
public enum LetsTalk3Outcome {
  /** The plan is authorised and active: the involvement moves to long-term support. */
  LONG_TERM_SUPPORT,
  /** Back to Let's Talk 1: not eligible, or going straight to Let's Talk 3 was not approved. */
  LT1,
  /** Not eligible and nothing more to do: the involvement closes. */
  CLOSE
}
