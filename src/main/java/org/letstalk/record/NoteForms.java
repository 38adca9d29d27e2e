package org.letstalk.record;

import java.util.Map;
import org.letstalk.validation.FormInput;

/** The record page's note forms, read field by field. */
final class NoteForms {

  static final String CORRECTION_REASON = "correctionReason";
  static final String REASON = "reason";
  static final String APPROVE = "approve";
  static final String DECISION_REASON = "decisionReason";

  private NoteForms() {
  }

  record Correction(NoteContent content, String reason) {
  }

  static Correction correction(Map<String, ?> form) {
    return FormInput.read(form, in -> {
      String reason = in.requiredText(CORRECTION_REASON, 1000);
      return new Correction(NoteContent.read(in), reason);
    });
  }

  static String deletionReason(Map<String, ?> form) {
    return FormInput.read(form, in -> in.requiredText(REASON, 1000));
  }

  static NoteDeletionDecision deletionDecision(Map<String, ?> form) {
    return FormInput.read(form, in -> {
      boolean approve = in.requiredFlag(APPROVE);
      String reason = approve || in.rejected(APPROVE) ? in.optionalText(DECISION_REASON, 1000)
          : in.requiredText(DECISION_REASON, 1000);
      return new NoteDeletionDecision(approve, reason);
    });
  }
}
