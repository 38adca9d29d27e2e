package org.letstalk.document;

/** The documents made for a person from their record, each from its template in documents/{en,cy}/. */
public enum DocumentKind {
  CARE_AND_SUPPORT_PLAN("support-plan"),
  CARERS_SUPPORT_PLAN("support-plan"),
  ELIGIBILITY_DETERMINATION("eligibility-determination"),
  REVIEW_OUTCOME("review-outcome"),
  CLOSURE_LETTER("closure-letter");

  private final String template;

  DocumentKind(String template) {
    this.template = template;
  }

  /** The template's file name, without the language folder and {@code .html}. */
  public String template() {
    return template;
  }
}
