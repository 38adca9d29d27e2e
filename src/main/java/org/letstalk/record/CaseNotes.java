package org.letstalk.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.letstalk.identity.Groups;
import org.letstalk.person.PersonRepository;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case notes [T 5.11, 5.15]: added, corrected by a new version that keeps the old, and deleted only on
 * a manager's approval of a request with a reason (four-eyes: never the requester).
 */
@Service
@Transactional
public class CaseNotes {

  private final CaseNoteRepository notes;
  private final NoteDeletionRepository deletions;
  private final PersonRepository people;
  private final AccessLog accessLog;
  private final Clock clock;

  public CaseNotes(CaseNoteRepository notes, NoteDeletionRepository deletions, PersonRepository people,
      AccessLog accessLog, Clock clock) {
    this.notes = notes;
    this.deletions = deletions;
    this.people = people;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  public CaseNote add(UUID personId, FormInput in, Viewer author) {
    requirePerson(personId);
    NoteContent content = NoteContent.from(in, today());
    CaseNote note = notes.save(CaseNote.first(personId, content, author.userId(), clock.instant()));
    accessLog.record(personId, author.userId(), AccessLog.ADD_NOTE, "note " + note.getNoteId());
    return note;
  }

  public CaseNote correct(UUID personId, UUID noteId, FormInput in, Viewer author) {
    CaseNote latest = latestVersion(personId, noteId);
    requireNotDeleted(noteId);
    String reason = in.requiredText("correctionReason", 1000);
    NoteContent content = NoteContent.from(in, today());
    CaseNote corrected = notes.save(latest.correctedBy(content, reason, author.userId(), clock.instant()));
    accessLog.record(personId, author.userId(), AccessLog.CORRECT_NOTE,
        "note " + noteId + " version " + corrected.getNoteVersion());
    return corrected;
  }

  public NoteDeletion requestDeletion(UUID personId, UUID noteId, FormInput in, Viewer requester) {
    latestVersion(personId, noteId);
    requireNotDeleted(noteId);
    if (deletions.findByNoteId(noteId).stream().anyMatch(d -> d.getStatus() == NoteDeletion.Status.REQUESTED)) {
      throw new InputRejectedException("noteId", "already has a deletion request waiting for a manager");
    }
    String reason = in.requiredText("reason", 1000);
    NoteDeletion request = deletions.save(
        NoteDeletion.requested(noteId, personId, reason, requester.userId(), clock.instant()));
    accessLog.record(personId, requester.userId(), AccessLog.REQUEST_NOTE_DELETION, "note " + noteId);
    return request;
  }

  public NoteDeletion decideDeletion(UUID requestId, FormInput in, Viewer manager) {
    NoteDeletion request = deletions.findById(requestId)
        .orElseThrow(() -> new NotFoundException("no deletion request " + requestId));
    if (!manager.isIn(Groups.TEAM_MANAGERS) && !manager.isIn(Groups.SERVICE_MANAGERS)) {
      throw new AuthorizationException(manager.userId() + " is not a manager");
    }
    if (manager.userId().equals(request.getRequestedBy())) {
      throw new AuthorizationException("nobody decides their own request");
    }
    if (request.getStatus() != NoteDeletion.Status.REQUESTED) {
      throw new InputRejectedException("requestId", "has already been decided");
    }
    boolean approve = in.requiredFlag("approve");
    String reason = approve ? in.optionalText("decisionReason", 1000) : in.requiredText("decisionReason", 1000);
    request.decide(approve, manager.userId(), reason, clock.instant());
    accessLog.record(request.getPersonId(), manager.userId(), AccessLog.DECIDE_NOTE_DELETION,
        (approve ? "approved" : "refused") + " deletion of note " + request.getNoteId());
    return request;
  }

  @Transactional(readOnly = true)
  public List<CaseNote> versionsFor(UUID personId) {
    return notes.findByPersonIdOrderByNoteDateAscNoteIdAscNoteVersionAsc(personId);
  }

  @Transactional(readOnly = true)
  public List<NoteDeletion> deletionsFor(UUID personId) {
    return deletions.findByPersonIdOrderByRequestedAt(personId);
  }

  private CaseNote latestVersion(UUID personId, UUID noteId) {
    List<CaseNote> versions = notes.findByNoteIdOrderByNoteVersionAsc(noteId);
    if (versions.isEmpty() || !versions.get(0).getPersonId().equals(personId)) {
      throw new NotFoundException("no note " + noteId + " on this record");
    }
    return versions.get(versions.size() - 1);
  }

  private void requireNotDeleted(UUID noteId) {
    if (deletions.findByNoteId(noteId).stream().anyMatch(d -> d.getStatus() == NoteDeletion.Status.APPROVED)) {
      throw new InputRejectedException("noteId", "has been deleted");
    }
  }

  private void requirePerson(UUID personId) {
    if (!people.existsById(personId)) {
      throw new NotFoundException("no person " + personId);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
