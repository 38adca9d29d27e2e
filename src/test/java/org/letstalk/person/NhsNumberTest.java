package org.letstalk.person;

import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.letstalk.validation.InputRejectedException;

class NhsNumberTest {

  @Test
  void acceptsValidNumbersWrittenWithSpaces() {
    assertThat(NhsNumber.normalise("nhsNumber", "943 476 5919")).isEqualTo("9434765919");
    assertThat(NhsNumber.normalise("nhsNumber", "401-023-2137")).isEqualTo("4010232137");
  }

  @Test
  void refusesAWrongCheckDigit() {
    assertThatRejected(() -> NhsNumber.normalise("nhsNumber", "9434765918"))
        .isInstanceOf(InputRejectedException.class).hasMessage("nhsNumber: fails the NHS number check digit (modulus 11)");
  }

  @Test
  void refusesNumbersWhoseCheckDigitWouldBeTen() {
    // 1, 0, 0, 0, 0, 0, 0, 0, 1 weights give 10 + 2 = 12; 11 - (12 % 11) = 10: never issued.
    assertThat(NhsNumber.hasValidCheckDigit("1000000010")).isFalse();
  }

  @Test
  void refusesAnythingButTenDigits() {
    assertThatThrownBy(() -> NhsNumber.normalise("nhsNumber", "94347659")).hasMessageContaining("ten digits");
    assertThatThrownBy(() -> NhsNumber.normalise("nhsNumber", "94347659AB")).hasMessageContaining("ten digits");
  }
}
