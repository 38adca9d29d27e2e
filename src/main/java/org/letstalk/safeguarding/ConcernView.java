package org.letstalk.safeguarding;

import java.time.Instant;
import java.util.UUID;
import org.letstalk.safeguarding.SafeguardingConcern.RaisedIn;

/** A concern as {@code GET /api/safeguarding-concerns/{id}} shows it to those who decide and enquire. */
public record ConcernView(UUID concernId, String processInstanceId, UUID personId, String personName,
    RaisedIn raisedIn, String raisedInProcessKey, String raisedByExternal, Instant raisedAt, String concernDescription,
    AbuseType abuseType, boolean immediateDanger, Instant decisionDueAt, ConcernRoute route, String decisionReason,
    Boolean s42DutyApplies, Boolean decidedInTime) {

  static ConcernView of(SafeguardingConcern c) {
    return new ConcernView(c.getId(), c.getProcessInstanceId(), c.getPersonId(), c.getPersonName(), c.getRaisedIn(),
        c.getRaisedInProcessKey(), c.getRaisedByExternal(), c.getRaisedAt(), c.getDescription(), c.getAbuseType(),
        c.isImmediateDanger(), c.getDecisionDueAt(), c.getRoute(), c.getDecisionReason(), c.getS42DutyApplies(),
        c.getDecidedInTime());
  }
}
