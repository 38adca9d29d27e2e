package org.letstalk.audit;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.person.Person;
import org.letstalk.team.Team;
import org.springframework.stereotype.Component;

/**
 * Sets what one case audit needs as variables of its own instance (who audits, whose case, who follows
 * up). Form fields start empty here too, so each audit's answers stay in its instance and one audit's
 * grades can never stand in for another's missing ones.
 */
@Component("prepareCaseAudit")
class PrepareCaseAudit implements JavaDelegate {

  static final String[] FORM_FIELDS = {"wellbeing", "keepingSafe", "proportionality", "partnership",
      "accountability", "prevention", "informalCarers", "supportPlanning", "overallGrade", "commentary",
      "areasForDevelopment", "goodPractice", "followUpAction", "auditFinding"};

  private final Audits audits;

  PrepareCaseAudit(Audits audits) {
    this.audits = audits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseAudit audit = audits.caseAudit((String) execution.getVariable("auditId"));
    Person person = audits.personOf(audit);
    Team team = audits.teamOf(audit);
    Set<String> interveners = new LinkedHashSet<>();
    interveners.add(team.getManagerUserId());
    interveners.add(team.getServiceManagerUserId() != null ? team.getServiceManagerUserId() : audit.getAuditor());
    execution.setVariableLocal("auditor", audit.getAuditor());
    execution.setVariableLocal("personId", person.getId().toString());
    execution.setVariableLocal("personName", person.getFullName());
    execution.setVariableLocal("personRecord", "/people/" + person.getId());
    execution.setVariableLocal("worker", audit.getWorker());
    execution.setVariableLocal("teamName", team.getName());
    execution.setVariableLocal("teamManager", audit.getTeamManager());
    execution.setVariableLocal("interventionManagers", String.join(",", interveners));
    for (String field : FORM_FIELDS) {
      execution.setVariableLocal(field, null);
    }
  }
}
