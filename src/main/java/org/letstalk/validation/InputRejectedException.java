package org.letstalk.validation;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input, naming the field. Extends the engine's form validation exception so the engine REST API
 * and Tasklist answer 400 (not 500) and roll back: nothing is stored and the task stays open.
 */
public class InputRejectedException extends FormFieldValidationException {

  private final String field;

  public InputRejectedException(String field, String problem) {
    super(field, field + ": " + problem);
    this.field = field;
  }

  public String getField() {
    return field;
  }

  public String getProblem() {
    String message = getMessage();
    return message.substring(field.length() + 2);
  }
}
