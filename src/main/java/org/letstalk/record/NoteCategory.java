package org.letstalk.record;

/** What kind of information a note holds [T 5.15]. */
public enum NoteCategory {
  /** Verified fact, evidenced or observed: what happened, who said so, who witnessed it. */
  VERIFIED_FACT,
  /** Opinion or professional judgement, with the evidence it rests on. */
  OPINION,
  /** Unsubstantiated and unattributable information, kept only when of current or future significance. */
  UNATTRIBUTED
}
