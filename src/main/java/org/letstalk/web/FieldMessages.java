package org.letstalk.web;

/** What Bean Validation says about a request body's field, in the words forms use for the same problem. */
public final class FieldMessages {

  public static final String REQUIRED = "is required";
  public static final String TOO_LONG = "is longer than {max} characters";
  public static final String YES_OR_NO = "must be answered yes or no";
  public static final String NOT_NEGATIVE = "must not be negative";
  public static final String POUNDS_AND_PENCE = "must be pounds and pence below £1,000,000";

  private FieldMessages() {
  }
}
