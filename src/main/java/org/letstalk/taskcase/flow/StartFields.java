package org.letstalk.taskcase.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letstalk.security.SignedIn;
import org.letstalk.web.ApiError;
import org.letstalk.web.ReadAgain;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.Workflow;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A process is started through the engine with its start form's fields and nothing else, from its beginning. Any
 * other variable (who raised a concern, who completed a step, which worker was allocated) would record who did what
 * as the caller chose; a process with no start form takes no values, since only our own code starts it with any.
 * Anything else is refused with a 400 naming each, and nothing starts.
 */
class StartFields extends OncePerRequestFilter {

  private static final Pattern START = Pattern.compile(
      "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/process-definition/"
          + "(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:start|submit-form)$");

  static final String ENGINE_ADMINISTRATORS = "camunda-admin";

  private final Workflow workflow;
  private final CurrentUser currentUser;
  private final ObjectMapper json = new ObjectMapper();

  StartFields(Workflow workflow, CurrentUser currentUser) {
    this.workflow = workflow;
    this.currentUser = currentUser;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher start = START.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    String type = request.getContentType();
    // Only a signed-in caller learns what a start form asks for; anyone else gets the engine's 401. Running
    // instances are the engine administrator's, who may start one with what a repair needs.
    if (!"POST".equals(request.getMethod()) || !start.matches() || type == null
        || !type.toLowerCase().contains("json") || SignedIn.user(request, currentUser)
            .map(user -> user.isIn(ENGINE_ADMINISTRATORS)).orElse(true)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    JsonNode sent;
    try {
      sent = json.readTree(body);
    } catch (IOException notJson) {
      chain.doFilter(new ReadAgain(request, body), response);
      return;
    }
    JsonNode variables = sent == null ? null : sent.path("variables");
    JsonNode instructions = sent == null ? null : sent.path("startInstructions");
    boolean anyVariables = variables != null && variables.isObject() && variables.size() > 0;
    boolean anyInstructions = instructions != null && instructions.isArray() && instructions.size() > 0;
    // An unknown process is the engine's 404.
    Optional<String> definition = !anyVariables && !anyInstructions ? Optional.empty()
        : start.group(1) != null ? workflow.latestDefinitionId(decoded(start.group(1)), tenant(start.group(2)))
        : Optional.of(decoded(start.group(3))).filter(workflow::definitionExists);
    if (definition.isPresent()) {
      Optional<Set<String>> form = workflow.deployedForm(null, definition.get())
          .map(text -> CompletionFields.formFields(json, text));
      List<ApiError.Problem> problems = new ArrayList<>();
      if (anyVariables) {
        for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          if (form.isEmpty()) {
            problems.add(new ApiError.Problem(name, "is not asked for when starting this process; it is started"
                + " with no values"));
          } else if (!form.get().contains(name)) {
            problems.add(new ApiError.Problem(name, "is not a field of this process's start form; a process is"
                + " started with its start form's fields only"));
          }
        }
      }
      if (anyInstructions) {
        problems.add(new ApiError.Problem("startInstructions", "a process is started at its beginning only"));
      }
      if (!problems.isEmpty()) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ApiError.inputRejected(problems));
        return;
      }
    }
    chain.doFilter(new ReadAgain(request, body), response);
  }

  private static String tenant(String segment) {
    return segment == null ? null : decoded(segment);
  }

  private static String decoded(String segment) {
    return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
  }
}
