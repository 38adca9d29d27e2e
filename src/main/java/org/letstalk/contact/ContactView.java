package org.letstalk.contact;

import java.time.Instant;
import java.util.UUID;
import org.letstalk.person.PersonMatch.MatchStatus;

/** A contact as {@code GET /api/contacts/{id}} shows it. */
public record ContactView(UUID contactId, String processInstanceId, UUID personId, String personName,
    MatchStatus matchStatus, Instant arrivedAt, RouteOfAccess routeOfAccess, ContactMethod contactMethod,
    String presentingNeed, boolean consentToShare, boolean safeguardingConcern, ContactOutcome outcome,
    String outcomeReason, String allocatedUser, String allocatedGroup) {

  static ContactView of(Contact c) {
    return new ContactView(c.getId(), c.getProcessInstanceId(), c.getPersonId(), c.getFullName(), c.getMatchStatus(),
        c.getArrivedAt(), c.getRouteOfAccess(), c.getContactMethod(), c.getPresentingNeed(), c.isConsentToShare(),
        c.isSafeguardingConcern(), c.getOutcome(), c.getOutcomeReason(), c.getAllocatedUser(), c.getAllocatedGroup());
  }
}
