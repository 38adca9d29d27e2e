package org.letstalk.record;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Case notes on the timeline: every version, the older ones marked superseded, deleted notes marked so. */
@Component
class CaseNoteTimeline implements TimelineSource {

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final CaseNotes notes;
  private final org.letstalk.identity.Workers workers;

  CaseNoteTimeline(CaseNotes notes, org.letstalk.identity.Workers workers) {
    this.notes = notes;
    this.workers = workers;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<CaseNote> versions = notes.versionsFor(personId);
    Map<UUID, Integer> latest = versions.stream()
        .collect(Collectors.toMap(CaseNote::getNoteId, CaseNote::getNoteVersion, Math::max));
    Map<UUID, NoteDeletion> approved = notes.deletionsFor(personId).stream()
        .filter(d -> d.getStatus() == NoteDeletion.Status.APPROVED)
        .collect(Collectors.toMap(NoteDeletion::getNoteId, Function.identity(), (a, b) -> a));
    Map<String, String> names = workers.namesOf(approved.values().stream()
        .flatMap(d -> java.util.stream.Stream.of(d.getRequestedBy(), d.getDecidedBy())).toList());
    List<TimelineEntry> entries = new ArrayList<>();
    for (CaseNote note : versions) {
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
      } else if (note.getNoteVersion() < latest.get(note.getNoteId())) {
        status = "Superseded by a later version";
      }
      entries.add(new TimelineEntry(note.getNoteDate().atStartOfDay(COUNCIL_TIME).toInstant(), EntryKind.CASE_NOTE,
          Words.of(note.getKind()) + ", " + label(note.getCategory()) + " (note " + shortId(note.getNoteId())
              + ", version " + note.getNoteVersion() + ")",
          details, note.getWrittenBy(), Visibility.EVERYONE, status));
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.CASE_NOTE);
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
