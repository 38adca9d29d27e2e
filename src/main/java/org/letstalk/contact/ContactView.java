package org.letstalk.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.person.PersonMatch.MatchStatus;

/**
 * A contact as {@code GET /api/contacts/{id}} shows it; whether it raised a safeguarding concern is left out for
 * those who may not know it.
 */
public record ContactView(UUID contactId, String processInstanceId, UUID personId, String personName,
    MatchStatus matchStatus, Instant arrivedAt, RouteOfAccess routeOfAccess, ContactMethod contactMethod,
    String presentingNeed, boolean consentToShare,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean safeguardingConcern, ContactOutcome outcome,
    String outcomeReason, String allocatedUser, String allocatedGroup) {

  public static ContactView of(Contact c) {
    return new ContactView(c.getId(), c.getProcessInstanceId(), c.getPersonId(), c.getFullName(), c.getMatchStatus(),
        c.getArrivedAt(), c.getRouteOfAccess(), c.getContactMethod(), c.getPresentingNeed(), c.isConsentToShare(),
        c.isSafeguardingConcern(), c.getOutcome(), c.getOutcomeReason(), c.getAllocatedUser(), c.getAllocatedGroup());
  }

  public ContactView withoutSafeguarding() {
    return new ContactView(contactId, processInstanceId, personId, personName, matchStatus, arrivedAt, routeOfAccess,
        contactMethod, presentingNeed, consentToShare, null, outcome, outcomeReason, allocatedUser, allocatedGroup);
  }
}
