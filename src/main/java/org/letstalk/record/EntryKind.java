package org.letstalk.record;

/** The kinds of entry in a person's chronology, by which a reader filters it. */
public enum EntryKind {
  CONTACT("Contact"),
  DECISION("Decision"),
  CONVERSATION("Conversation"),
  CRISIS_PLAN("Crisis plan"),
  ELIGIBILITY("Eligibility"),
  FINANCIAL_ASSESSMENT("Financial assessment"),
  PLAN("Plan"),
  REVIEW("Review"),
  AUTHORISATION("Authorisation"),
  CARERS("Carers"),
  CASE_NOTE("Case note"),
  AUDIT("Audit"),
  ALERT("Alert"),
  SAFEGUARDING("Safeguarding");

  private final String label;

  EntryKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
