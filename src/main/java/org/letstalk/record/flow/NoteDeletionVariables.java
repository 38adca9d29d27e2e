package org.letstalk.record.flow;

/** The variables of case-note-deletion (processes/case-note-deletion.bpmn). */
final class NoteDeletionVariables {

  /** A request to delete a note: the start event "Deletion requested". */
  static final String REQUESTED = "note-deletion-requested";

  static final String REQUEST_ID = "requestId";
  static final String PERSON_RECORD = "personRecord";
  static final String NOTE_TEXT = "noteText";
  static final String REQUESTED_BY = "requestedBy";
  static final String REASON = "reason";
  static final String APPROVE = "approve";
  static final String DECISION_REASON = "decisionReason";

  /** A process variable holds at most 4000 characters; the note itself stays on the record. */
  static final int NOTE_TEXT_SHOWN = 3900;

  private NoteDeletionVariables() {
  }
}
