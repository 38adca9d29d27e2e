package org.letstalk.safeguarding;

import java.time.LocalDate;

/** The protection plan and the day it is next reviewed (within six months, so it never drifts). */
public record ProtectionPlan(String plan, LocalDate reviewDueOn) {
}
