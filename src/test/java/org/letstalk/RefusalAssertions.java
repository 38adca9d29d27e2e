package org.letstalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.letstalk.validation.InputRejectedException;

/**
 * Bad input refused, whether the domain refused it directly or the engine did when a step refused it (the engine
 * reports it as its own form validation failure, with the domain's refusal as the cause).
 */
public final class RefusalAssertions {

  private RefusalAssertions() {
  }

  /** Asserts that {@code call} was refused as bad input, and goes on asserting on the refusal itself. */
  public static AbstractThrowableAssert<?, InputRejectedException> assertThatRejected(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("refused as bad input").isNotNull();
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InputRejectedException rejected) {
        return assertThat(rejected);
      }
    }
    throw new AssertionError("expected bad input to be refused, but got " + thrown, thrown);
  }
}
