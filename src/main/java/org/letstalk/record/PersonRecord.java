package org.letstalk.record;

import java.util.List;
import java.util.Map;
import org.letstalk.contact.Contact;
import org.letstalk.person.Person;

/**
 * What a viewer may see of a person's record.
 *
 * @param latestContact the most recent contact, for consent and interpreter needs, or null
 * @param sections      summary lines by section, every section present (empty when nothing is recorded)
 * @param timeline      events in date order, oldest first
 * @param openDeletions note deletions waiting for a manager
 */
public record PersonRecord(Person person, Contact latestContact, Map<RecordSection, List<SummaryItem>> sections,
    List<TimelineEntry> timeline, List<CaseNote> currentNotes, List<NoteDeletion> openDeletions) {
}
