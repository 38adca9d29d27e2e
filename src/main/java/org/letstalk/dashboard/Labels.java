package org.letstalk.dashboard;

import java.util.Map;

/** Words for the codes the figures are counted by, as a manager reads them. */
final class Labels {

  private static final Map<String, String> SPECIAL = Map.of(
      "LT1", "Let's Talk 1",
      "LT2", "Let's Talk 2",
      "LT3", "Let's Talk 3",
      "MET_WITHOUT_LONG_TERM_SUPPORT", "Need met at Let's Talk 1 or 2",
      "S42_ENQUIRY", "s42 enquiry",
      "YES", "Outcomes achieved",
      "PARTLY", "Partly achieved",
      "NO", "Not achieved",
      "NOT_ROUTED", "Not yet routed");

  private Labels() {
  }

  static String of(String code) {
    if (code == null) {
      return "";
    }
    String special = SPECIAL.get(code);
    if (special != null) {
      return special;
    }
    String words = code.replace('_', ' ').toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
