package org.letstalk.web;

/** Free text as forms take it: stripped, and blank is no answer. */
public final class Text {

  private Text() {
  }

  public static String tidy(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
