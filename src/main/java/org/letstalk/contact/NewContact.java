package org.letstalk.contact;

import org.letstalk.person.Language;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.ReportedDetails;

/** A contact as received at the front door, checked: from the Tasklist start form or another system. */
public record NewContact(
    PersonDetails person,
    /** The details a council reports that the contact gave: each optional. */
    ReportedDetails reported,
    RouteOfAccess routeOfAccess,
    ContactMethod contactMethod,
    String contactName,
    String contactRelationship,
    String contactPhone,
    String presentingNeed,
    boolean consentToShare,
    String consentNotes,
    boolean interpreterNeeded,
    Language language,
    boolean safeguardingConcern,
    String safeguardingDetail,
    /** Who the concern names as thought to be responsible, and their relationship: none without a concern. */
    String safeguardingAllegedPersonName,
    String safeguardingAllegedPersonRelationship,
    /** How the request reached adult social care; none when the caller did not say. */
    RequestRoute requestRoute) {
}
