package org.letstalk.audit;

import java.util.Map;

/**
 * A completed audit form: a grade for each of the eight principles and overall, the commentary (required when any
 * grade is Poor or Unacceptable [T 6.15]), areas for development and good practice.
 */
public record CaseAuditForm(Map<Principle, Grade> grades, Grade overall, String commentary,
    String areasForDevelopment, String goodPractice) {
}
