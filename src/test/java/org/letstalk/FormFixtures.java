package org.letstalk;

import java.util.HashMap;
import java.util.Map;

/** Test input varied one field at a time. */
public final class FormFixtures {

  private FormFixtures() {
  }

  /** A copy of {@code form} with the given keys set; a null value leaves the field out. */
  public static Map<String, Object> with(Map<String, Object> form, Object... keysAndValues) {
    Map<String, Object> copy = new HashMap<>(form);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] == null) {
        copy.remove((String) keysAndValues[i]);
      } else {
        copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return copy;
  }
}
