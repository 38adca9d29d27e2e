package org.letstalk.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NoSuchRecordException;
import org.letstalk.validation.NotAllowedException;
import org.springframework.data.domain.Limit;
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
  private final RecordPolicy policy;
  private final Clock clock;

  public CaseNotes(CaseNoteRepository notes, NoteDeletionRepository deletions, PersonRepository people,
      AccessLog accessLog, RecordPolicy policy, Clock clock) {
    this.policy = policy;
    this.notes = notes;
    this.deletions = deletions;
    this.people = people;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  public CaseNote add(UUID personId, NoteContent content, Viewer author) {
    requirePerson(personId);
    policy.require(personId, author, AccessLog.ADD_NOTE);
    content.check(today(), bornOn(personId));
    CaseNote note = notes.save(CaseNote.first(personId, content, author.userId(), clock.instant()));
    accessLog.record(personId, author.userId(), AccessLog.ADD_NOTE, "note " + note.getNoteId());
    return note;
  }

  /** A correction is a new version of the note, with the reason; the old one is kept. */
  public CaseNote correct(UUID personId, UUID noteId, NoteContent content, String reason, Viewer author) {
    CaseNote latest = latestVersion(personId, noteId);
    policy.require(personId, author, AccessLog.CORRECT_NOTE);
    requireNotDeleted(noteId);
    content.check(today(), bornOn(personId));
    CaseNote corrected = notes.save(latest.correctedBy(content, reason, author.userId(), clock.instant()));
    accessLog.record(personId, author.userId(), AccessLog.CORRECT_NOTE,
        "note " + noteId + " version " + corrected.getNoteVersion());
    return corrected;
  }

  /** A request to delete a note, with its reason; a manager then decides (the note-deletion process). */
  public NoteDeletion requestDeletion(UUID personId, UUID noteId, String reason, Viewer requester) {
    latestVersion(personId, noteId);
    policy.require(personId, requester, AccessLog.REQUEST_NOTE_DELETION);
    requireNotDeleted(noteId);
    if (deletions.findByNoteId(noteId).stream().anyMatch(d -> d.getStatus() == NoteDeletion.Status.REQUESTED)) {
      throw new InputRejectedException("noteId", "already has a deletion request waiting for a manager");
    }
    NoteDeletion request = deletions.save(
        NoteDeletion.requested(noteId, personId, reason, requester.userId(), clock.instant()));
    accessLog.record(personId, requester.userId(), AccessLog.REQUEST_NOTE_DELETION, "note " + noteId);
    return request;
  }

  /** The process in which a manager decides the request. */
  public void awaitDecisionIn(UUID requestId, String processInstanceId) {
    deletion(requestId).awaitDecisionIn(processInstanceId);
  }

  /** The text of the note as it stands now. */
  @Transactional(readOnly = true)
  public String currentText(UUID personId, UUID noteId) {
    return latestVersion(personId, noteId).getText();
  }

  /** A request still waiting for a manager's decision. */
  @Transactional(readOnly = true)
  public NoteDeletion undecided(UUID requestId) {
    NoteDeletion request = deletion(requestId);
    if (request.getStatus() != NoteDeletion.Status.REQUESTED) {
      throw new InputRejectedException("requestId", "has already been decided");
    }
    return request;
  }

  /** Records the decision; four-eyes: a manager, never the requester, before the decision is even read. */
  public NoteDeletion decideDeletion(UUID requestId, Supplier<NoteDeletionDecision> form, Viewer manager) {
    NoteDeletion request = deletion(requestId);
    if (!manager.isIn(Groups.TEAM_MANAGERS) && !manager.isIn(Groups.SERVICE_MANAGERS)) {
      throw new NotAllowedException(manager.userId() + " is not a manager");
    }
    policy.require(request.getPersonId(), manager, AccessLog.DECIDE_NOTE_DELETION);
    if (manager.userId().equals(request.getRequestedBy())) {
      throw new NotAllowedException("nobody decides their own request");
    }
    if (request.getStatus() != NoteDeletion.Status.REQUESTED) {
      throw new InputRejectedException("requestId", "has already been decided");
    }
    NoteDeletionDecision decision = form.get();
    request.decide(decision.approve(), manager.userId(), decision.reason(), clock.instant());
    accessLog.record(request.getPersonId(), manager.userId(), AccessLog.DECIDE_NOTE_DELETION,
        (decision.approve() ? "approved" : "refused") + " deletion of note " + request.getNoteId());
    return request;
  }

  @Transactional(readOnly = true)
  public Optional<NoteDeletion> findDeletion(UUID requestId) {
    return deletions.findById(requestId);
  }

  @Transactional(readOnly = true)
  public NoteDeletion deletion(UUID requestId) {
    return deletions.findById(requestId)
        .orElseThrow(() -> new NoSuchRecordException("no deletion request " + requestId));
  }

  @Transactional(readOnly = true)
  public List<CaseNote> versionsFor(UUID personId) {
    return notes.findByPersonIdOrderByNoteDateAscNoteIdAscNoteVersionAsc(personId);
  }

  @Transactional(readOnly = true)
  public List<NoteDeletion> deletionsFor(UUID personId) {
    return deletions.findByPersonIdOrderByRequestedAt(personId);
  }

  /** Every version of the person's notes and every deletion asked for, read once for a page that shows both. */
  public record OfPerson(List<CaseNote> versions, List<NoteDeletion> deletions) {
  }

  @Transactional(readOnly = true)
  public OfPerson of(UUID personId) {
    return new OfPerson(versionsFor(personId), deletionsFor(personId));
  }

  /**
   * The note versions that may be on a page of the chronology, newest first from the place ({@code upTo}, {@code id})
   * on, dated from {@code from}; at most {@code limit}, each with the latest version of its note.
   */
  @Transactional(readOnly = true)
  public List<VersionOnPage> chronologyPage(UUID personId, LocalDate from, LocalDate upTo, UUID id, int limit) {
    return notes.chronologyPage(personId, from, upTo, id, Limit.of(limit)).stream()
        .map(row -> new VersionOnPage((CaseNote) row[0], ((Number) row[1]).intValue()))
        .toList();
  }

  /** A version of a note and the latest version of that note. */
  public record VersionOnPage(CaseNote version, int latestVersion) {
  }

  private CaseNote latestVersion(UUID personId, UUID noteId) {
    List<CaseNote> versions = notes.findByNoteIdOrderByNoteVersionAsc(noteId);
    if (versions.isEmpty() || !versions.get(0).getPersonId().equals(personId)) {
      throw new NoSuchRecordException("no note " + noteId + " on this record");
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
      throw new NoSuchRecordException("no person " + personId);
    }
  }

  private LocalDate bornOn(UUID personId) {
    return people.findById(personId).map(Person::getDateOfBirth).orElse(null);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
