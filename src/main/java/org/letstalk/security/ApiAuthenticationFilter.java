package org.letstalk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.letstalk.identity.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the domain API and pages against the engine's identity service: HTTP basic for other
 * systems, or the Tasklist login for people (read-only requests, and form posts from the record pages
 * that carry the session's {@link FormToken}, so a session cookie cannot be used for cross-site writes).
 * The engine then checks authorizations as that user.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String ENGINE = "default";

  static final List<String> CASE_DATA = List.of("/people", "/api/people", "/api/contacts", "/api/conversations",
      "/api/safeguarding-concerns", "/api/reviews", "/api/carers", "/api/note-deletion-requests", "/api/access-log",
      "/api/crisis-plans", "/api/plans", "/api/authorisation-requests", "/api/workers", "/caseload", "/workers",
      "/api/tasks", "/api/processes");

  private final IdentityService identity;

  public ApiAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean pageForm = !isReadOnly(request) && isPage(request);
    if (pageForm && !FormToken.isValid(request)) {
      response.setContentType("application/json");
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"reload the page and submit the form again\"}");
      return;
    }
    String userId = basicUser(request);
    List<String> groups = null;
    if (userId == null && (isReadOnly(request) || pageForm)) {
      UserAuthentication session = sessionUser(request.getSession(false));
      if (session != null) {
        userId = session.getIdentityId();
        groups = session.getGroupIds();
      }
    }
    if (userId == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Let's Talk\", charset=\"UTF-8\"");
      response.setContentType("application/json");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.getWriter().write("{\"type\":\"Unauthorized\",\"message\":\"sign in to use Let's Talk\"}");
      return;
    }
    if (groups == null) {
      groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
    if (isCaseData(request) && groups.stream().noneMatch(Groups.CASEWORK::contains)) {
      response.setContentType("application/json");
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"people's records are for those who work on them\"}");
      return;
    }
    identity.setAuthentication(userId, groups);
    request.setAttribute(AuthenticatedUser.ATTRIBUTE, new AuthenticatedUser(userId, groups));
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
  }

  private static UserAuthentication sessionUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    return authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user ? user : null;
  }

  /** Server-rendered pages post forms carrying a {@link FormToken}; the API takes JSON with HTTP basic only. */
  private static boolean isPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/people") || path.equals("/notices");
  }

  /** People's records and cases, read or written: only for users in a casework group, never a process owner alone. */
  private static boolean isCaseData(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return CASE_DATA.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
  }

  private static boolean isReadOnly(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }
}
