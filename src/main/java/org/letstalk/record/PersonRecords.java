package org.letstalk.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.letstalk.identity.Workers;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a person's record from every {@link SummarySource} (the summary) and {@link TimelineSource} (the
 * chronology, paged by place: {@link ChronologyCursor}), reads it only as {@link RecordPolicy} allows (which logs every
 * read), and keeps what the viewer may see.
 */
@Service
@Transactional
public class PersonRecords {

  private final PersonRepository people;
  private final List<TimelineSource> timelineSources;
  private final List<SummarySource> summarySources;
  private final CaseNotes notes;
  private final Alerts alerts;
  private final Workers workers;
  private final RecordPolicy policy;

  public PersonRecords(PersonRepository people, List<TimelineSource> timelineSources,
      List<SummarySource> summarySources, CaseNotes notes, Alerts alerts, Workers workers, RecordPolicy policy) {
    this.people = people;
    this.timelineSources = timelineSources;
    this.summarySources = summarySources;
    this.notes = notes;
    this.alerts = alerts;
    this.workers = workers;
    this.policy = policy;
  }

  /**
   * The record page: summary, a page of the chronology, and the notes a worker may correct. The person's notes are
   * read once, for the list of notes and the chronology alike.
   */
  public PersonRecord read(UUID personId, Viewer viewer, ChronologyQuery query, String action) {
    Person person = person(personId);
    policy.read(personId, viewer, action);
    CaseNotes.OfPerson read = notes.of(personId);
    List<UUID> deleted = read.deletions().stream().filter(d -> d.getStatus() == NoteDeletion.Status.APPROVED)
        .map(NoteDeletion::getNoteId).toList();
    List<CaseNote> current = read.versions().stream()
        .collect(Collectors.toMap(CaseNote::getNoteId, n -> n,
            (a, b) -> a.getNoteVersion() >= b.getNoteVersion() ? a : b))
        .values().stream()
        .filter(n -> !deleted.contains(n.getNoteId()))
        .sorted(Comparator.comparing(CaseNote::getNoteDate).thenComparing(CaseNote::getWrittenAt))
        .toList();
    List<NoteDeletion> open = read.deletions().stream()
        .filter(d -> d.getStatus() == NoteDeletion.Status.REQUESTED).toList();
    List<TimelineSource> sources = timelineSources.stream()
        .map(source -> source instanceof CaseNoteTimeline notesTimeline ? notesTimeline.over(read) : source)
        .toList();
    return new PersonRecord(person, summaryOf(person, viewer), chronologyOf(personId, viewer, query, sources),
        current, open);
  }

  /** The summary alone, as the API answers it. */
  public PersonSummary summary(UUID personId, Viewer viewer, String action) {
    Person person = person(personId);
    policy.read(personId, viewer, action);
    return summaryOf(person, viewer);
  }

  /** A page of the chronology alone, as the API answers it. */
  public ChronologyPage chronology(UUID personId, Viewer viewer, ChronologyQuery query) {
    person(personId);
    policy.read(personId, viewer, AccessLog.READ_CHRONOLOGY);
    return chronologyOf(personId, viewer, query, timelineSources);
  }

  /** Every alert of the person, ended ones too, for whoever may open the record. */
  public List<PersonAlert> alerts(UUID personId, Viewer viewer) {
    requireRead(personId, viewer, AccessLog.READ_API);
    return alerts.of(personId);
  }

  /** Refuses (404, or 403 with the refusal logged) unless the viewer may read the record; logs the read. */
  public void requireRead(UUID personId, Viewer viewer, String action) {
    person(personId);
    policy.read(personId, viewer, action);
  }

  private Person person(UUID personId) {
    return people.findById(personId).orElseThrow(() -> new NoSuchRecordException("no person " + personId));
  }

  private PersonSummary summaryOf(Person person, Viewer viewer) {
    Map<RecordSection, List<SummaryItem>> sections = new EnumMap<>(RecordSection.class);
    for (RecordSection section : RecordSection.values()) {
      sections.put(section, new ArrayList<>());
    }
    summarySources.stream()
        .flatMap(source -> source.itemsFor(person.getId(), viewer).stream())
        .filter(item -> viewer.maySee(item.visibleTo()))
        .forEach(item -> sections.get(item.section()).add(item));
    return new PersonSummary(person, alerts.inForce(person.getId()), sections);
  }

  /**
   * A page of the chronology: from each source asked, the entries that may be on it; of those the viewer may see and
   * the query asks for, the first page's worth in the chronology's order, and where the next page goes on from.
   */
  private ChronologyPage chronologyOf(UUID personId, Viewer viewer, ChronologyQuery query,
      List<TimelineSource> sources) {
    int size = query.size();
    List<TimelineEntry> found = sources.stream()
        .filter(source -> source.kinds().stream().anyMatch(query.kinds()::contains))
        .flatMap(source -> source.entriesFor(personId, viewer, query).stream())
        .filter(entry -> viewer.maySee(entry.visibleTo()))
        .filter(query::includes)
        .sorted(ChronologyCursor.ORDER)
        .skip(query.skipped())
        .limit(size + 1L)
        .toList();
    List<TimelineEntry> page = found.subList(0, Math.min(size, found.size()));
    ChronologyCursor next = found.size() > size ? ChronologyCursor.of(page.get(size - 1)) : null;
    Map<String, String> names = workers.namesOf(page.stream().map(TimelineEntry::recordedBy).toList());
    List<ChronologyEntry> entries = page.stream()
        .map(entry -> ChronologyEntry.of(entry, entry.recordedBy() == null ? null : names.get(entry.recordedBy())))
        .toList();
    return new ChronologyPage(personId, query, size, entries, next);
  }
}
