package org.letstalk.validation;

/** A record asked for by id that does not exist (or not on the record named): the API answers 404. */
public class NoSuchRecordException extends RuntimeException {

  public NoSuchRecordException(String message) {
    super(message);
  }
}
