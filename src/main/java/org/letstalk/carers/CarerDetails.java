package org.letstalk.carers;

import org.letstalk.person.PersonDetails;

/** Who the carer is, and how they care: relationship, hours of care a week, whether they live together. */
public record CarerDetails(PersonDetails carer, String relationship, int hoursPerWeek, boolean livesTogether) {
}
