package org.letstalk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A per-session secret that server-rendered forms carry in a hidden field, so a page on another site
 * cannot post to the record with the signed-in user's session or cached credentials.
 */
public final class FormToken {

  public static final String PARAMETER = "_formToken";
  private static final String ATTRIBUTE = FormToken.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private FormToken() {
  }

  public static String of(HttpSession session) {
    Object existing = session.getAttribute(ATTRIBUTE);
    if (existing instanceof String token) {
      return token;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(ATTRIBUTE, token);
    return token;
  }

  static boolean isValid(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getParameter(PARAMETER);
    if (session == null || sent == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
