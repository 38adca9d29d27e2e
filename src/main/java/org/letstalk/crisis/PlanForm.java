package org.letstalk.crisis;

import java.time.LocalDate;
import java.util.List;

/** A crisis plan as agreed: what must change now, action by action, and when the plan ends [T 2.43]. */
public record PlanForm(List<String> actions, LocalDate endsOn) {
}
