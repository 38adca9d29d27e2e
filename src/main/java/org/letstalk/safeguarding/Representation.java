package org.letstalk.safeguarding;

import java.util.Locale;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;

/**
 * Who supports the person to take part. Never someone implicated in the concern [W ¶27]: a name that
 * matches the person alleged to be responsible is refused.
 */
public record Representation(RepresentativeRole role, String name, String relationship) {

  public static Representation from(FormInput in, String allegedPersonName) {
    RepresentativeRole role = in.requiredChoice("representativeRole", RepresentativeRole.class);
    if (role == RepresentativeRole.NONE) {
      return new Representation(role, null, null);
    }
    String name = in.requiredText("representativeName", FormInput.SHORT_TEXT);
    if (allegedPersonName != null && sameName(name, allegedPersonName)) {
      throw new InputRejectedException("representativeName",
          "is the person alleged to be responsible, who can never represent or advocate for the person [W ¶27]");
    }
    return new Representation(role, name, in.optionalText("representativeRelationship", FormInput.SHORT_TEXT));
  }

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
