package org.letstalk.audit;

/** The eight Care Act principles of the strengths-based audit tool [T 6.13, App B]; field = form key. */
public enum Principle {
  WELLBEING("wellbeing", "Wellbeing"),
  KEEPING_SAFE("keepingSafe", "Keeping safe"),
  PROPORTIONALITY("proportionality", "Proportionality"),
  PARTNERSHIP("partnership", "Partnership"),
  ACCOUNTABILITY("accountability", "Accountability"),
  PREVENTION("prevention", "Prevention"),
  INFORMAL_CARERS("informalCarers", "Informal carers"),
  SUPPORT_PLANNING("supportPlanning", "Support planning");

  private final String field;
  private final String label;

  Principle(String field, String label) {
    this.field = field;
    this.label = label;
  }

  public String field() {
    return field;
  }

  public String label() {
    return label;
  }
}
