package org.letstalk.retention.flow;

/** What a run of record-retention leaves in its history: how many records each rule dealt with. */
final class RetentionVariables {

  static final String CASES_ANONYMISED = "casesAnonymised";
  static final String DOCUMENTS_REMOVED = "documentsRemoved";
  static final String ACCESS_LOG_ENTRIES_REMOVED = "accessLogEntriesRemoved";

  private RetentionVariables() {
  }
}
