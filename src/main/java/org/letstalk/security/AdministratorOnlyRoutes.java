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
 * Engine routes that only the engine administrator may call, refused before the engine sees them, and the webapps'
 * first-run page unless the operator accepted it ({@code letstalk.setup-page.accepted}). Running a job
 * by hand is one: the engine checks the caller only inside the job, and a refused run still counts as a failed
 * attempt, so anyone who knew a job's id could use up its retries and stop a deadline's timer for good.
 * Correlating a message is another: it starts a process with whatever variables its caller sends, past the start
 * form's fields, so anyone who may start a contact could start one already carrying who completed or was allocated
 * its work. Our own code correlates through the engine's Java API; people start work from Tasklist or our API.
 * Tasklist's copy of the engine API correlates for nobody: the administrator uses {@code /engine-rest}.
 */
public class AdministratorOnlyRoutes extends OncePerRequestFilter {

  static final String ADMINISTRATORS = "camunda-admin";
  private static final Pattern RUN_JOB = Pattern.compile("^/engine-rest/job/[^/]+/execute/?$");
  private static final Pattern SETUP_PAGE = Pattern.compile("^/camunda/api/admin/setup/.*");
  private static final Pattern MESSAGE = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?/message(?:/async)?/?$");
  private static final Pattern TASKLIST_MESSAGE =
      Pattern.compile("^/camunda/api/engine/engine/[^/]+/message(?:/async)?/?$");

  private final IdentityService identity;
  private final CurrentUser currentUser;
  private final boolean setupPageAccepted;

  public AdministratorOnlyRoutes(IdentityService identity, CurrentUser currentUser, boolean setupPageAccepted) {
    this.identity = identity;
    this.currentUser = currentUser;
    this.setupPageAccepted = setupPageAccepted;
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
    if ((MESSAGE.matcher(path).matches() && !isAdministrator()) || TASKLIST_MESSAGE.matcher(path).matches()) {
      response.setContentType("application/json");
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"only the engine administrator correlates"
          + " a message; start a contact, a concern or an early review from Tasklist or the API\"}");
      return;
    }
    // The first-run page makes its first anonymous visitor administrator: only where the operator accepted it.
    if (SETUP_PAGE.matcher(path).matches() && !setupPageAccepted) {
      response.setContentType("application/json");
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"the administrator is set up by the "
          + "deployment, not on this page\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean isAdministrator() {
    String user = currentUser.id();
    return user != null && identity.createUserQuery().userId(user).memberOfGroup(ADMINISTRATORS).count() > 0;
  }
}
