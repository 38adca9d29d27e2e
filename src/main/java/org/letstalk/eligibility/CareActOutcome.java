package org.letstalk.eligibility;

/**
 * The ten outcomes of regulation 2(2) of the Care and Support (Eligibility Criteria) Regulations 2015.
 * The key names the answers on the form ({@code outcome_<key>_...}) and the entry in "outcomes not achieved".
 */
public enum CareActOutcome {
  NUTRITION("nutrition", "Managing and maintaining nutrition"),
  HYGIENE("hygiene", "Maintaining personal hygiene"),
  TOILET("toilet", "Managing toilet needs"),
  CLOTHING("clothing", "Being appropriately clothed"),
  HOME_SAFETY("homeSafety", "Being able to make use of the home safely"),
  HABITABLE_HOME("habitableHome", "Maintaining a habitable home environment"),
  RELATIONSHIPS("relationships", "Developing and maintaining family or other personal relationships"),
  WORK("work", "Accessing and engaging in work, training, education or volunteering"),
  COMMUNITY("community", "Making use of necessary facilities or services in the local community"),
  CHILD_CARING("childCaring", "Carrying out any caring responsibilities for a child");

  /** The four meanings of "unable to achieve" (regulation 2(3)). */
  public static final String[] MEANINGS = {
      "unableWithoutAssistance", "painDistressAnxiety", "endangersSafety", "takesSignificantlyLonger"};

  private final String key;
  private final String label;

  CareActOutcome(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The form field for one answer about this outcome, e.g. {@code outcome_nutrition_unableWithoutAssistance}. */
  public String field(String answer) {
    return "outcome_" + key + "_" + answer;
  }
}
