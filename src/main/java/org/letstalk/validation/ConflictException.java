package org.letstalk.validation;

/**
 * A write refused because the record it would make already exists in another form (a second open case for a
 * person, a revision of a plan no longer in force): the API answers 409 with this message, which names the
 * record in the way, and nothing is stored.
 */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
