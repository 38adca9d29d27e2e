package org.letstalk.audit.flow;

import static org.letstalk.audit.flow.AuditVariables.*;

import java.util.EnumMap;
import java.util.Map;
import org.letstalk.audit.CaseAuditForm;
import org.letstalk.audit.Grade;
import org.letstalk.audit.Principle;
import org.letstalk.validation.FormInput;

/** Reads the audit forms: a case audit, a manager's follow-up, the thematic review. */
final class AuditForms {

  private AuditForms() {
  }

  /** Each principle graded, and overall; commentary is required when any grade is Poor or Unacceptable [T 6.15]. */
  static CaseAuditForm caseAudit(Map<String, ?> variables) {
    return FormInput.read(variables, in -> {
      Map<Principle, Grade> grades = new EnumMap<>(Principle.class);
      for (Principle principle : Principle.values()) {
        grades.put(principle, in.requiredChoice(principle.field(), Grade.class));
      }
      Grade overall = in.requiredChoice(OVERALL_GRADE, Grade.class);
      String commentary = in.optionalText(COMMENTARY, FormInput.LONG_TEXT);
      boolean needsCommentary = overall != null && overall.needsCommentary()
          || grades.values().stream().anyMatch(g -> g != null && g.needsCommentary());
      if (needsCommentary && commentary == null && !in.rejected(COMMENTARY)) {
        in.reject(COMMENTARY, "is required when any grade is Poor or Unacceptable");  // [T 6.15]
      }
      return new CaseAuditForm(grades, overall, commentary, in.optionalText(AREAS_FOR_DEVELOPMENT, FormInput.LONG_TEXT),
          in.optionalText(GOOD_PRACTICE, FormInput.LONG_TEXT));
    });
  }

  static String followUpAction(Map<String, ?> variables) {
    return FormInput.read(variables, in -> in.requiredText(FOLLOW_UP_ACTION, FormInput.LONG_TEXT));
  }

  static String themes(Map<String, ?> variables) {
    return FormInput.read(variables, in -> in.requiredText(THEMES, FormInput.LONG_TEXT));
  }
}
