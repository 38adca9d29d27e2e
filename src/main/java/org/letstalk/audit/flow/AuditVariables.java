package org.letstalk.audit.flow;

import java.util.List;
import org.letstalk.audit.Principle;

/** The variables of strengths-based-audit (processes/strengths-based-audit.bpmn) and its forms. */
final class AuditVariables {

  static final String AUDIT_ID = "auditId";
  static final String AUDIT_COUNT = "auditCount";
  static final String AUDIT_MONTH_NAME = "auditMonthName";
  static final String AUDIT_SUMMARY = "auditSummary";
  static final String AUDIT_FINDING = "auditFinding";

  /** What one case audit needs, in its own instance. */
  static final String AUDITOR = "auditor";
  static final String PERSON_RECORD = "personRecord";
  static final String WORKER = "worker";
  static final String TEAM_NAME = "teamName";
  static final String TEAM_MANAGER = "teamManager";
  static final String INTERVENTION_MANAGERS = "interventionManagers";

  static final String OVERALL_GRADE = "overallGrade";
  static final String COMMENTARY = "commentary";
  static final String AREAS_FOR_DEVELOPMENT = "areasForDevelopment";
  static final String GOOD_PRACTICE = "goodPractice";
  static final String FOLLOW_UP_ACTION = "followUpAction";
  static final String THEMES = "themes";

  /** The audit form's fields, emptied for each case audit so one audit's answers never stand in for another's. */
  static final List<String> FORM_FIELDS = List.of(Principle.WELLBEING.field(), Principle.KEEPING_SAFE.field(),
      Principle.PROPORTIONALITY.field(), Principle.PARTNERSHIP.field(), Principle.ACCOUNTABILITY.field(),
      Principle.PREVENTION.field(), Principle.INFORMAL_CARERS.field(), Principle.SUPPORT_PLANNING.field(),
      OVERALL_GRADE, COMMENTARY, AREAS_FOR_DEVELOPMENT, GOOD_PRACTICE, FOLLOW_UP_ACTION, AUDIT_FINDING);

  private AuditVariables() {
  }
}
