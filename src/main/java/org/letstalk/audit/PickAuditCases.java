package org.letstalk.audit;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.letstalk.identity.Groups;
import org.springframework.stereotype.Component;

/** Picks two cases for each service manager from last month's work [T 6.8]. */
@Component("pickAuditCases")
class PickAuditCases implements JavaDelegate {

  private final Audits audits;
  private final IdentityService identity;

  PickAuditCases(Audits audits, IdentityService identity) {
    this.audits = audits;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> managers = identity.createUserQuery().memberOfGroup(Groups.SERVICE_MANAGERS).list().stream()
        .map(User::getId).toList();
    audits.startRound(execution.getProcessInstanceId(), managers);
    execution.setVariable("auditCount", audits.caseAuditIds(execution.getProcessInstanceId()).size());
    execution.setVariable("auditMonthName", audits.monthName(execution.getProcessInstanceId()));
  }
}
