package org.letstalk.eligibility;

/** The carer outcomes of regulation 3(2) of the Care and Support (Eligibility Criteria) Regulations 2015. */
public enum CarerOutcome {
  CHILD_CARING("childCaring", "Carrying out any caring responsibilities for a child"),
  CARING_FOR_OTHERS("caringForOthers", "Providing care to other persons for whom the carer provides care"),
  HABITABLE_HOME("habitableHome", "Maintaining a habitable home environment in the carer's home"),
  NUTRITION("nutrition", "Managing and maintaining nutrition"),
  RELATIONSHIPS("relationships", "Developing and maintaining family or other personal relationships"),
  WORK("work", "Engaging in work, training, education or volunteering"),
  COMMUNITY("community", "Making use of necessary facilities or services in the local community"),
  RECREATION("recreation", "Engaging in recreational activities");

  /** For carers "unable to achieve" has three meanings (regulation 3(3)); taking longer is not one of them. */
  public static final String[] MEANINGS = {"unableWithoutAssistance", "painDistressAnxiety", "endangersSafety"};

  private final String key;
  private final String label;

  CarerOutcome(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The form field for one answer about this outcome, e.g. {@code carerOutcome_recreation_endangersSafety}. */
  public String field(String answer) {
    return "carerOutcome_" + key + "_" + answer;
  }
}
