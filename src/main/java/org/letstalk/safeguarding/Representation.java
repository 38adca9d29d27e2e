package org.letstalk.safeguarding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who supports the person to take part. Never someone implicated in the concern [W ¶27]: a representative
 * recognised as the person alleged to be responsible is refused.
 */
public record Representation(RepresentativeRole role, String name, String relationship) {

  /**
   * Whether two descriptions are one person, as people write them: the same name (case, punctuation and
   * spacing aside), or, with the same relationship to the person, the same first name with any other part of
   * the name left out ("Gary", nephew, is "Gary Smith", nephew).
   */
  static boolean samePerson(String name, String relationship, String otherName, String otherRelationship) {
    List<String> one = words(name);
    List<String> other = words(otherName);
    if (one.isEmpty() || other.isEmpty()) {
      return false;
    }
    if (one.equals(other)) {
      return true;
    }
    if (words(relationship).isEmpty() || !words(relationship).equals(words(otherRelationship))) {
      return false;
    }
    List<String> shorter = one.size() <= other.size() ? one : other;
    List<String> longer = shorter == one ? other : one;
    return shorter.get(0).equals(longer.get(0)) && longer.containsAll(shorter);
  }

  private static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    String key = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim();
    return key.isEmpty() ? List.of() : Arrays.asList(key.split("\\s+"));
  }

  public boolean named() {
    return role != RepresentativeRole.NONE;
  }
}
