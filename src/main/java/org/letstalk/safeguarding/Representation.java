package org.letstalk.safeguarding;

import java.util.Locale;

/**
 * Who supports the person to take part. Never someone implicated in the concern [W ¶27]: a name that
 * matches the person alleged to be responsible is refused.
 */
public record Representation(RepresentativeRole role, String name, String relationship) {

  /** Names compared as people write them: case, punctuation and spacing do not matter. */
  static boolean sameName(String a, String b) {
    return key(a).equals(key(b));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().replaceAll("\\s+", " ");
  }

  public boolean named() {
    return role != RepresentativeRole.NONE;
  }
}
