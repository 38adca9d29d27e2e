package org.letstalk.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NoSuchRecordException;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.workflow.Workflow;
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
  private final Workflow workflow;
  private final Clock clock;

  static final String DELETION_PROCESS = "case-note-deletion";

  public CaseNotes(CaseNoteRepository notes, NoteDeletionRepository deletions, PersonRepository people,
      AccessLog accessLog, Workflow workflow, Clock clock) {
    this.workflow = workflow;
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
    CaseNote latest = latestVersion(personId, noteId);
    requireNotDeleted(noteId);
    if (deletions.findByNoteId(noteId).stream().anyMatch(d -> d.getStatus() == NoteDeletion.Status.REQUESTED)) {
      throw new InputRejectedException("noteId", "already has a deletion request waiting for a manager");
    }
    String reason = in.requiredText("reason", 1000);
    NoteDeletion request = deletions.save(
        NoteDeletion.requested(noteId, personId, reason, requester.userId(), clock.instant()));
    Person person = people.findById(personId).orElseThrow();
    String text = latest.getText();
    Map<String, Object> variables = new HashMap<>();
    variables.put("requestId", request.getId().toString());
    variables.put("personId", personId.toString());
    variables.put("personName", person.getFullName());
    variables.put("personRecord", "/people/" + personId);
    variables.put("noteText", text.length() > 3900 ? text.substring(0, 3900) + "…" : text);
    variables.put("requestedBy", requester.userId());
    variables.put("reason", reason);
    request.awaitDecisionIn(workflow.start(DELETION_PROCESS, request.getId().toString(), variables).getId());
    accessLog.record(personId, requester.userId(), AccessLog.REQUEST_NOTE_DELETION, "note " + noteId);
    return request;
  }

  /**
   * A manager's decision, through the open task of the deletion process so Tasklist and the API take the
   * same path; the process's service task then calls {@link #decideDeletion}.
   */
  public NoteDeletion submitDecision(UUID requestId, Map<String, Object> input, Viewer manager) {
    NoteDeletion request = deletions.findById(requestId)
        .orElseThrow(() -> new NoSuchRecordException("no deletion request " + requestId));
    if (request.getStatus() != NoteDeletion.Status.REQUESTED) {
      throw new InputRejectedException("requestId", "has already been decided");
    }
    Workflow.OpenTask task = workflow.openTasks(request.getProcessInstanceId()).stream().findFirst()
        .orElseThrow(() -> new NotAllowedException(manager.userId() + " may not decide note deletions"));
    Map<String, Object> variables = new HashMap<>();
    variables.put("approve", input.get("approve"));
    variables.put("decisionReason", input.get("decisionReason"));
    workflow.complete(task.id(), variables);
    return deletions.findById(requestId).orElseThrow();
  }

  /** Records the decision; four-eyes: a manager, never the requester. */
  public NoteDeletion decideDeletion(UUID requestId, FormInput in, Viewer manager) {
    NoteDeletion request = deletions.findById(requestId)
        .orElseThrow(() -> new NoSuchRecordException("no deletion request " + requestId));
    if (!manager.isIn(Groups.TEAM_MANAGERS) && !manager.isIn(Groups.SERVICE_MANAGERS)) {
      throw new NotAllowedException(manager.userId() + " is not a manager");
    }
    if (manager.userId().equals(request.getRequestedBy())) {
      throw new NotAllowedException("nobody decides their own request");
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

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
