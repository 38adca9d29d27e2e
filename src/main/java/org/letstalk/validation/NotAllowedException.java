package org.letstalk.validation;

/**
 * A refusal of ours (four-eyes, a record for other groups): the API answers 403, and the engine, through the
 * workflow's translation, refuses the step as it refuses a missing authorization.
 */
public class NotAllowedException extends RuntimeException {

  public NotAllowedException(String message) {
    super(message);
  }
}
