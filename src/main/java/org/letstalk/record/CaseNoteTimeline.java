package org.letstalk.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.letstalk.identity.Workers;
import org.springframework.stereotype.Component;

/**
 * Case notes on the timeline: every version, the older ones marked superseded, deleted notes marked so. A page of the
 * chronology reads only the versions that may be on it; the record page, which lists the current notes as well,
 * reads them once for both ({@link #over}).
 */
@Component
class CaseNoteTimeline implements TimelineSource {

  private final CaseNotes notes;
  private final Workers workers;

  CaseNoteTimeline(CaseNotes notes, Workers workers) {
    this.notes = notes;
    this.workers = workers;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    return entries(notes.of(personId));
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer, ChronologyQuery query) {
    ChronologyCursor after = query.after();
    LocalDate upTo = query.toDate();
    UUID id = ChronologyCursor.LAST_ID;
    if (after != null) {
      if (after.at() == null) {
        return List.of();
      }
      // A note's place is the start of its day: a place later in that day has every note of the day after it.
      LocalDate day = ChronologyQuery.dayOf(after.at());
      if (!day.isAfter(upTo)) {
        upTo = day;
        id = ChronologyQuery.startOf(day).equals(after.at()) ? after.id() : ChronologyCursor.LAST_ID;
      }
    }
    if (upTo.isBefore(query.fromDate())) {
      return List.of();
    }
    List<CaseNotes.VersionOnPage> page = notes.chronologyPage(personId, query.fromDate(), upTo, id,
        query.reach() + 1);
    if (page.isEmpty()) {
      return List.of();
    }
    return entries(page, notes.deletionsFor(personId));
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.CASE_NOTE);
  }

  /** The same entries from notes read already. */
  TimelineSource over(CaseNotes.OfPerson read) {
    return new TimelineSource() {
      @Override
      public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
        return entries(read);
      }

      @Override
      public Set<EntryKind> kinds() {
        return CaseNoteTimeline.this.kinds();
      }
    };
  }

  private List<TimelineEntry> entries(CaseNotes.OfPerson read) {
    Map<UUID, Integer> latest = read.versions().stream()
        .collect(Collectors.toMap(CaseNote::getNoteId, CaseNote::getNoteVersion, Math::max));
    return entries(read.versions().stream()
        .map(note -> new CaseNotes.VersionOnPage(note, latest.get(note.getNoteId()))).toList(), read.deletions());
  }

  private List<TimelineEntry> entries(List<CaseNotes.VersionOnPage> versions, List<NoteDeletion> deletions) {
    Map<UUID, NoteDeletion> approved = deletions.stream()
        .filter(d -> d.getStatus() == NoteDeletion.Status.APPROVED)
        .collect(Collectors.toMap(NoteDeletion::getNoteId, Function.identity(), (a, b) -> a));
    Set<UUID> shown = versions.stream().map(v -> v.version().getNoteId()).collect(Collectors.toSet());
    Map<String, String> names = workers.namesOf(approved.values().stream()
        .filter(d -> shown.contains(d.getNoteId()))
        .flatMap(d -> Stream.of(d.getRequestedBy(), d.getDecidedBy())).toList());
    List<TimelineEntry> entries = new ArrayList<>();
    for (CaseNotes.VersionOnPage version : versions) {
      CaseNote note = version.version();
      List<String> details = new ArrayList<>();
      details.add(note.getText());
      if (note.getEvidence() != null) {
        details.add("Evidence: " + note.getEvidence());
      }
      if (note.getCorrectionReason() != null) {
        details.add("Corrects version " + (note.getNoteVersion() - 1) + ": " + note.getCorrectionReason());
      }
      String status = null;
      NoteDeletion deletion = approved.get(note.getNoteId());
      if (deletion != null) {
        status = "Deleted on " + Words.date(deletion.getDecidedAt()) + " (requested by "
            + names.get(deletion.getRequestedBy()) + ": " + deletion.getReason() + "; approved by "
            + names.get(deletion.getDecidedBy()) + ")";
      } else if (note.getNoteVersion() < version.latestVersion()) {
        status = "Superseded by a later version";
      }
      entries.add(new TimelineEntry(ChronologyQuery.startOf(note.getNoteDate()), EntryKind.CASE_NOTE,
          Words.of(note.getKind()) + ", " + label(note.getCategory()) + " (note " + shortId(note.getNoteId())
              + ", version " + note.getNoteVersion() + ")",
          details, note.getWrittenBy(), Visibility.EVERYONE, status, null, note.getId()));
    }
    return entries;
  }

  static String shortId(UUID noteId) {
    return noteId.toString().substring(0, 8);
  }

  private static String label(NoteCategory category) {
    return switch (category) {
      case VERIFIED_FACT -> "verified fact";
      case OPINION -> "opinion or professional judgement";
      case UNATTRIBUTED -> "unattributed information";
    };
  }
}
