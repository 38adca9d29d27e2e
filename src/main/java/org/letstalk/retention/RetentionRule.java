package org.letstalk.retention;

/** What a run of the record-retention process does, one step each. */
public enum RetentionRule {
  /** A person whose every involvement closed longer ago than the period: their identity and notes removed. */
  CLOSED_CASES,
  /** Documents made for an anonymised person, and how they were given: deleted, as they cannot be anonymised. */
  DOCUMENTS_OF_ANONYMISED,
  /** Entries of the access log older than the period: deleted. */
  ACCESS_LOG
}
