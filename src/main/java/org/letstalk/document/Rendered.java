package org.letstalk.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.letstalk.person.Language;

/**
 * A document as its template made it: the PDF, the page it was made from (to print from the browser), its title,
 * and the language and template version it came from.
 */
public record Rendered(String title, Language language, String templateVersion, byte[] pdf, String html) {

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
