package org.letstalk.record;

/** What a case note records [T 5.11]. */
public enum NoteKind {
  CALL,
  VISIT,
  MEETING,
  OBSERVATION,
  DECISION
}
