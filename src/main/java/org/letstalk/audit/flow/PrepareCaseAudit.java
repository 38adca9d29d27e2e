package org.letstalk.audit.flow;

import static org.letstalk.audit.flow.AuditVariables.*;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.audit.Audits;
import org.letstalk.audit.CaseAudit;
import org.letstalk.person.Person;
import org.letstalk.team.Team;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Sets what one case audit needs as variables of its own instance (who audits, whose case, who follows
 * up). Form fields start empty here too, so each audit's answers stay in its instance and one audit's
 * grades can never stand in for another's missing ones.
 */
@Component("prepareCaseAudit")
class PrepareCaseAudit implements JavaDelegate {

  private final Audits audits;

  PrepareCaseAudit(Audits audits) {
    this.audits = audits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseAudit audit = audits.caseAudit(ProcessVariables.text(execution, AUDIT_ID));
    Person person = audits.personOf(audit);
    Team team = audits.teamOf(audit);
    Set<String> interveners = new LinkedHashSet<>();
    interveners.add(team.getManagerUserId());
    interveners.add(team.getServiceManagerUserId() != null ? team.getServiceManagerUserId() : audit.getAuditor());
    execution.setVariableLocal(AUDITOR, audit.getAuditor());
    execution.setVariableLocal(ProcessVariables.PERSON_ID, person.getId().toString());
    execution.setVariableLocal(ProcessVariables.PERSON_NAME, person.getFullName());
    execution.setVariableLocal(PERSON_RECORD, "/people/" + person.getId());
    execution.setVariableLocal(WORKER, audit.getWorker());
    execution.setVariableLocal(TEAM_NAME, team.getName());
    execution.setVariableLocal(TEAM_MANAGER, audit.getTeamManager());
    execution.setVariableLocal(INTERVENTION_MANAGERS, String.join(",", interveners));
    for (String field : FORM_FIELDS) {
      execution.setVariableLocal(field, null);
    }
  }
}
