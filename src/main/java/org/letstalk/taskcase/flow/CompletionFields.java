package org.letstalk.taskcase.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letstalk.web.ApiError;
import org.letstalk.web.ReadAgain;
import org.letstalk.workflow.Workflow;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task is completed with its form's fields and nothing else. Any other variable sent with a completion could
 * overwrite what the process recorded about who did what (who held the conversation, who asked for a decision), and
 * so get round a four-eyes check; it is refused with a 400 naming each, and nothing changes.
 */
class CompletionFields extends OncePerRequestFilter {

  private static final Pattern COMPLETION = Pattern.compile(
      "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form|resolve)$");

  private final Workflow workflow;
  private final ObjectMapper json = new ObjectMapper();

  CompletionFields(Workflow workflow) {
    this.workflow = workflow;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher task = COMPLETION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    String type = request.getContentType();
    if (!"POST".equals(request.getMethod()) || !task.matches() || type == null
        || !type.toLowerCase().contains("json")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    JsonNode variables;
    try {
      variables = json.readTree(body).path("variables");
    } catch (IOException notJson) {
      chain.doFilter(new ReadAgain(request, body), response);
      return;
    }
    Optional<Set<String>> fields = variables.isObject() && variables.size() > 0
        ? workflow.deployedForm(task.group(1), null).map(this::fieldsOf) : Optional.empty();
    if (fields.isPresent()) {
      List<ApiError.Problem> problems = new java.util.ArrayList<>();
      for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!fields.get().contains(name)) {
          problems.add(new ApiError.Problem(name, "is not a field of this task's form; a task is completed with its"
              + " form's fields only"));
        }
      }
      if (!problems.isEmpty()) {
        ApiError error = ApiError.inputRejected(problems);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), error);
        return;
      }
    }
    chain.doFilter(new ReadAgain(request, body), response);
  }

  private Set<String> fieldsOf(String form) {
    return formFields(json, form);
  }

  /** The variables a Camunda Form submits: each field's key, and the first part of a group's or list's path. */
  static Set<String> formFields(ObjectMapper json, String form) {
    Set<String> fields = new HashSet<>();
    try {
      collect(json.readTree(form), fields);
    } catch (IOException unreadable) {
      throw new IllegalStateException("A deployed form could not be read", unreadable);
    }
    return fields;
  }

  private static void collect(JsonNode node, Set<String> fields) {
    if (node.isArray()) {
      node.forEach(item -> collect(item, fields));
    } else if (node.isObject()) {
      if (node.path("key").isTextual() && node.has("type")) {
        fields.add(node.get("key").asText());
      }
      if (node.path("path").isTextual() && !node.get("path").asText().isBlank()) {
        fields.add(node.get("path").asText().split("\\.")[0]);
      }
      collect(node.path("components"), fields);
    }
  }
}
