package org.letstalk.upkeep.flow;

/** The variables and messages of record-merge (processes/record-merge.bpmn). */
final class MergeVariables {

  /** A proposal to merge two records: the start event of record-merge; business key = merge id. */
  static final String PROPOSED = "record-merge-proposed";

  static final String MERGE_ID = "mergeId";
  static final String DUPLICATE_NAME = "duplicateName";
  static final String DUPLICATE_RECORD = "duplicateRecord";
  static final String PERSON_RECORD = "personRecord";
  static final String REASON = "reason";
  static final String PROPOSED_BY = "proposedBy";
  static final String APPROVE = "approve";
  static final String DECISION_REASON = "decisionReason";

  private MergeVariables() {
  }
}
