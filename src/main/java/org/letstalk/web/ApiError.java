package org.letstalk.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What our API answers when it refuses a request: the kind of refusal, the field at fault (the first, if several),
 * a message a person can read, and for bad input every problem, each naming its field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String type, String field, String message, List<Problem> problems) {

  public record Problem(String field, String message) {
  }

  /** Bad input: every problem, the first named as the field at fault, all of them in the message. */
  public static ApiError inputRejected(List<Problem> problems) {
    return new ApiError("InputRejected", problems.get(0).field(),
        String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList()), problems);
  }
}
