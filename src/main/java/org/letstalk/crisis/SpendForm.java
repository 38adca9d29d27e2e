package org.letstalk.crisis;

import java.math.BigDecimal;

/** Money to spend at once within a crisis plan, and what for. */
public record SpendForm(BigDecimal amount, String purpose) {
}
