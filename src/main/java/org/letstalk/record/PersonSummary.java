package org.letstalk.record;

import java.util.List;
import java.util.Map;
import org.letstalk.person.Person;

/**
 * The top of a person's record, built from the case itself: alerts in force, and the summary sections (every section
 * present, empty when nothing is recorded).
 */
public record PersonSummary(Person person, List<PersonAlert> alerts, Map<RecordSection, List<SummaryItem>> sections) {
}
