package org.letstalk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.letstalk.identity.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/** The metrics are for the monitoring group: signed in by {@link ApiAuthenticationFilter}, then checked here. */
class MetricsAccess extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getAttribute(AuthenticatedUser.ATTRIBUTE) instanceof AuthenticatedUser user
        && user.groups().contains(Groups.MONITORING)) {
      chain.doFilter(request, response);
      return;
    }
    response.setContentType("application/json");
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"the metrics are for the monitoring group\"}");
  }
}
