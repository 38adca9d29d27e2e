package org.letstalk.safeguarding.flow;

import static org.letstalk.safeguarding.flow.SafeguardingVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.letstalk.safeguarding.ConcernInConversation;
import org.letstalk.safeguarding.ConcernReceived;
import org.letstalk.safeguarding.ConcernReport;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.web.NextTask;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Service;

/**
 * Concerns reported from outside the council through another system: the same process as Tasklist's start form,
 * by its own start event "Concern reported from another system", as the caller.
 */
@Service
public class ConcernsReported {

  private final Workflow workflow;
  private final Safeguarding safeguarding;

  public ConcernsReported(Workflow workflow, Safeguarding safeguarding) {
    this.workflow = workflow;
    this.safeguarding = safeguarding;
  }

  public ConcernReceived report(ConcernReport report) {
    Map<String, Object> form = new HashMap<>();
    put(form, ProcessVariables.PERSON_ID, report.personId() == null ? null : report.personId().toString());
    put(form, ProcessVariables.PERSON_NAME, report.personName());
    put(form, REPORTED_BY, report.reportedBy());
    put(form, CONCERN_DESCRIPTION, report.concernDescription());
    put(form, ABUSE_TYPE, report.abuseType().name());
    put(form, ALLEGED_PERSON_NAME, report.allegedPersonName());
    put(form, ALLEGED_PERSON_RELATIONSHIP, report.allegedPersonRelationship());
    put(form, IMMEDIATE_DANGER, report.immediateDanger());
    put(form, EMERGENCY_ACTION_TAKEN, report.emergencyActionTaken());
    put(form, PERSON_WANTS, report.personWants());
    put(form, CAPACITY, name(report.capacity()));
    // Checked before the process starts so a bad request costs nothing; the process checks again.
    SafeguardingForms.raised(form, true);
    String processInstanceId = workflow.startByMessage(REPORTED, null, form);
    SafeguardingConcern concern = safeguarding.byProcess(processInstanceId);
    return new ConcernReceived(concern.getId(), processInstanceId, concern.getPersonId(), concern.getPersonName(),
        concern.getDecisionDueAt(), workflow.openTasks(processInstanceId).stream()
            .map(t -> new NextTask(t.id(), t.name(), t.taskDefinitionKey())).toList());
  }

  /** A concern told in a conversation, under the names the conversation's message hands the concern. */
  static Map<String, Object> told(ConcernInConversation concern) {
    Map<String, Object> told = new HashMap<>();
    put(told, CONCERN_DESCRIPTION, concern.concernDescription());
    put(told, ABUSE_TYPE, name(concern.abuseType()));
    put(told, ALLEGED_PERSON_NAME, concern.allegedPersonName());
    put(told, ALLEGED_PERSON_RELATIONSHIP, concern.allegedPersonRelationship());
    put(told, IMMEDIATE_DANGER, concern.immediateDanger());
    put(told, EMERGENCY_ACTION_TAKEN, concern.emergencyActionTaken());
    put(told, PERSON_WANTS, concern.personWants());
    put(told, CAPACITY, name(concern.capacity()));
    return told;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static void put(Map<String, Object> form, String field, Object value) {
    if (value != null) {
      form.put(field, value);
    }
  }
}
