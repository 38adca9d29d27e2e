package org.letstalk.longtermsupport.flow;

/** The variables of deprivation-of-liberty-review: ids and dates only, the conditions stay in the table. */
final class DeprivationOfLibertyVariables {

  static final String AUTHORISATION_ID = "authorisationId";
  /** When the review appears in the safeguarding team's inbox: before the authorisation ends. */
  static final String REVIEW_DUE_AT = "reviewDueAt";
  /** The review's due date: the authorisation's last day. */
  static final String EXPIRES_AT = "expiresAt";
  static final String EXPIRES_ON = "expiresOn";
  /** The review recorded a further authorisation, to be reviewed in turn. */
  static final String FURTHER_AUTHORISATION = "furtherAuthorisation";

  private DeprivationOfLibertyVariables() {
  }
}
