package org.letstalk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.letstalk.workflow.CurrentUser;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Engine routes that only the engine administrator may call, refused before the engine sees them. Running a job
 * by hand is one: the engine checks the caller only inside the job, and a refused run still counts as a failed
 * attempt, so anyone who knew a job's id could use up its retries and stop a deadline's timer for good.
 */
public class AdministratorOnlyRoutes extends OncePerRequestFilter {

  static final String ADMINISTRATORS = "camunda-admin";
  private static final Pattern RUN_JOB = Pattern.compile("^/engine-rest/job/[^/]+/execute/?$");

  private final IdentityService identity;
  private final CurrentUser currentUser;

  public AdministratorOnlyRoutes(IdentityService identity, CurrentUser currentUser) {
    this.identity = identity;
    this.currentUser = currentUser;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (RUN_JOB.matcher(path).matches() && !isAdministrator()) {
      response.setContentType("application/json");
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"only the engine administrator runs a job by hand\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean isAdministrator() {
    String user = currentUser.id();
    return user != null && identity.createUserQuery().userId(user).memberOfGroup(ADMINISTRATORS).count() > 0;
  }
}
