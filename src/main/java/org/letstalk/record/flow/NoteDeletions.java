package org.letstalk.record.flow;

import static org.letstalk.record.flow.NoteDeletionVariables.*;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.letstalk.person.PersonRepository;
import org.letstalk.record.CaseNotes;
import org.letstalk.record.NoteDeletion;
import org.letstalk.record.NoteDeletionDecision;
import org.letstalk.record.Viewer;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.letstalk.workflow.Workflow.OpenTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case note is deleted only on a manager's approval of a request with a reason [T 5.14-5.15]: the request
 * starts case-note-deletion by its start event, and the decision, from the page, the API or Tasklist, completes
 * its one task, so every path takes the same checks.
 */
@Service
@Transactional
public class NoteDeletions {

  private final CaseNotes notes;
  private final PersonRepository people;
  private final Workflow workflow;

  public NoteDeletions(CaseNotes notes, PersonRepository people, Workflow workflow) {
    this.notes = notes;
    this.people = people;
    this.workflow = workflow;
  }

  public NoteDeletion request(UUID personId, UUID noteId, String reason, Viewer requester) {
    NoteDeletion request = notes.requestDeletion(personId, noteId, reason, requester);
    String text = notes.currentText(personId, noteId);
    Map<String, Object> variables = new HashMap<>();
    variables.put(REQUEST_ID, request.getId().toString());
    variables.put(ProcessVariables.PERSON_ID, personId.toString());
    variables.put(ProcessVariables.PERSON_NAME, people.findById(personId).orElseThrow().getFullName());
    variables.put(PERSON_RECORD, "/people/" + personId);
    variables.put(NOTE_TEXT, text.length() > NOTE_TEXT_SHOWN ? text.substring(0, NOTE_TEXT_SHOWN) + "…" : text);
    variables.put(REQUESTED_BY, requester.userId());
    variables.put(REASON, request.getReason());
    // Only the record starts it, after the record's own checks (the policy, the note, who asks): nobody may start it
    // through the engine's API with a request and a requester of their own making.
    notes.awaitDecisionIn(request.getId(), workflow.onTheCouncilsBehalf(
        () -> workflow.startByMessage(REQUESTED, request.getId().toString(), variables)));
    return request;
  }

  /** A manager's decision, through the open task of the request's process. */
  public NoteDeletion decide(UUID requestId, NoteDeletionDecision decision, Viewer manager) {
    NoteDeletion request = notes.undecided(requestId);
    OpenTask task = workflow.openTasks(request.getProcessInstanceId()).stream().findFirst()
        .orElseThrow(() -> new NotAllowedException(manager.userId() + " may not decide note deletions"));
    Map<String, Object> variables = new HashMap<>();
    variables.put(APPROVE, decision.approve());
    variables.put(DECISION_REASON, decision.reason());
    workflow.complete(task.id(), variables);
    return notes.deletion(requestId);
  }
}
