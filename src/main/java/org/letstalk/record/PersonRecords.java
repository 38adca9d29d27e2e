package org.letstalk.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactRepository;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a person's record from every {@link TimelineSource} and {@link SummarySource}, and reads it only as {@link RecordPolicy} allows. */
@Service
@Transactional
public class PersonRecords {

  private final PersonRepository people;
  private final ContactRepository contacts;
  private final List<TimelineSource> timelineSources;
  private final List<SummarySource> summarySources;
  private final CaseNotes notes;
  private final RecordPolicy policy;

  public PersonRecords(PersonRepository people, ContactRepository contacts, List<TimelineSource> timelineSources,
      List<SummarySource> summarySources, CaseNotes notes, RecordPolicy policy) {
    this.people = people;
    this.contacts = contacts;
    this.timelineSources = timelineSources;
    this.summarySources = summarySources;
    this.notes = notes;
    this.policy = policy;
  }

  public PersonRecord read(UUID personId, Viewer viewer, String action) {
    Person person = people.findById(personId).orElseThrow(() -> new NoSuchRecordException("no person " + personId));
    policy.read(personId, viewer, action);

    List<TimelineEntry> timeline = timelineSources.stream()
        .flatMap(source -> source.entriesFor(personId, viewer).stream())
        .filter(entry -> viewer.maySee(entry.visibleTo()))
        .sorted(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();

    Map<RecordSection, List<SummaryItem>> sections = new EnumMap<>(RecordSection.class);
    for (RecordSection section : RecordSection.values()) {
      sections.put(section, new ArrayList<>());
    }
    summarySources.stream()
        .flatMap(source -> source.itemsFor(personId, viewer).stream())
        .filter(item -> viewer.maySee(item.visibleTo()))
        .forEach(item -> sections.get(item.section()).add(item));

    List<Contact> personContacts = contacts.findByPersonIdOrderByArrivedAt(personId);
    Contact latest = personContacts.isEmpty() ? null : personContacts.get(personContacts.size() - 1);

    List<NoteDeletion> deletions = notes.deletionsFor(personId);
    List<UUID> deleted = deletions.stream().filter(d -> d.getStatus() == NoteDeletion.Status.APPROVED)
        .map(NoteDeletion::getNoteId).toList();
    List<CaseNote> current = notes.versionsFor(personId).stream()
        .collect(Collectors.toMap(CaseNote::getNoteId, n -> n,
            (a, b) -> a.getNoteVersion() >= b.getNoteVersion() ? a : b))
        .values().stream()
        .filter(n -> !deleted.contains(n.getNoteId()))
        .sorted(Comparator.comparing(CaseNote::getNoteDate).thenComparing(CaseNote::getWrittenAt))
        .toList();
    List<NoteDeletion> open = deletions.stream().filter(d -> d.getStatus() == NoteDeletion.Status.REQUESTED).toList();
    return new PersonRecord(person, latest, sections, timeline, current, open);
  }
}
