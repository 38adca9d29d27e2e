package org.letstalk.document;

/** The documents made for a person from their record, each from its template in documents/{en,cy}/. */
public enum DocumentKind {
  CARE_AND_SUPPORT_PLAN("support-plan"),
  CARERS_SUPPORT_PLAN("support-plan"),
  ELIGIBILITY_DETERMINATION("eligibility-determination"),
  REVIEW_OUTCOME("review-outcome"),
  CLOSURE_LETTER("closure-letter"),
  LETS_TALK_1_RECORD("conversation-record"),
  LETS_TALK_2_RECORD("conversation-record"),
  LETS_TALK_3_RECORD("lets-talk-3-record"),
  CRISIS_PLAN("crisis-plan"),
  CARERS_LETS_TALK_1_RECORD("carers-conversation-record"),
  CARERS_LETS_TALK_3_RECORD("carers-conversation-record");

  private final String template;

  DocumentKind(String template) {
    this.template = template;
  }

  /** The template's file name, without the language folder and {@code .html}. */
  public String template() {
    return template;
  }
}
