package org.letstalk.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.RefusalAssertions.assertThatRejected;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.person.PersonRepository;
import org.letstalk.record.flow.NoteDeletions;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/** Deleting a case note: a Tasklist task for managers, four-eyes, and nothing lost. */
@PostgresTest
class CaseNoteDeletionProcessTest extends ProcessTestSupport {

  @Autowired
  CaseNotes notes;

  @Autowired
  NoteDeletions noteDeletions;

  @Autowired
  NoteDeletionRepository deletions;

  @Autowired
  PersonRepository people;

  @Test
  void aManagerDecidesInTasklistAndARefusalNeedsAReason() {
    NoteDeletion request = requestAs("practitioner", "Wrong person's file");
    ProcessInstance instance = instanceOf(request);

    assertThat(instance).isWaitingAt("Task_DecideNoteDeletion");
    Task task = task("Task_DecideNoteDeletion", instance);
    assertThat(task).hasCandidateGroup("team-managers").hasCandidateGroup("service-managers");
    assertThat(task.getName()).startsWith("Delete a case note? Dora Del");
    assertThat(task.getDueDate()).isNotNull();
    assertThat(as("practitioner", () -> taskService.createTaskQuery().taskId(task.getId()).count()))
        .as("practitioners do not decide deletions").isZero();
    assertThat(runtime.getVariable(instance.getId(), "reason")).isEqualTo("Wrong person's file");

    assertThatRejected(() -> complete("teammanager", instance, "Task_DecideNoteDeletion", Map.of("approve", false)))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("decisionReason: is required");
    assertThat(instance).isWaitingAt("Task_DecideNoteDeletion");
    assertThat(deletions.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(NoteDeletion.Status.REQUESTED);

    complete("teammanager", instance, "Task_DecideNoteDeletion", Map.of("approve", true));

    assertThat(instance).isEnded().hasPassed("Task_RecordDeletionDecision", "EndEvent_Decided");
    NoteDeletion decided = deletions.findById(request.getId()).orElseThrow();
    assertThat(decided.getStatus()).isEqualTo(NoteDeletion.Status.APPROVED);
    assertThat(decided.getDecidedBy()).isEqualTo("teammanager");
    assertThat(decided.getReason()).isEqualTo("Wrong person's file");
  }

  @Test
  void aManagerWhoAskedCannotDecideTheirOwnRequest() {
    NoteDeletion request = requestAs("teammanager", "Duplicate");
    ProcessInstance instance = instanceOf(request);

    assertThatThrownBy(() -> complete("teammanager", instance, "Task_DecideNoteDeletion", Map.of("approve", true)))
        .isInstanceOf(AuthorizationException.class);

    assertThat(instance).isWaitingAt("Task_DecideNoteDeletion");
    assertThat(deletions.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(NoteDeletion.Status.REQUESTED);
    complete("servicemanager", instance, "Task_DecideNoteDeletion",
        Map.of("approve", false, "decisionReason", "Not a duplicate"));
    assertThat(deletions.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(NoteDeletion.Status.REFUSED);
  }

  private NoteDeletion requestAs(String user, String reason) {
    UUID personId = RecordFixtures.person(people, "Dora", "Del" + RecordFixtures.uniqueWord(), LocalDate.of(1944, 4, 4),
        null, null).getId();
    return as(user, () -> {
      Viewer viewer = new Viewer(user, identity.getCurrentAuthentication().getGroupIds());
      CaseNote note = notes.add(personId, new NoteContent(LocalDate.of(2024, 1, 1), NoteKind.CALL,
          NoteCategory.VERIFIED_FACT, null, "Rang about meals"), viewer);
      return noteDeletions.request(personId, note.getNoteId(), reason, viewer);
    });
  }

  private ProcessInstance instanceOf(NoteDeletion request) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(request.getId().toString())
        .processDefinitionKey("case-note-deletion").singleResult();
  }
}
