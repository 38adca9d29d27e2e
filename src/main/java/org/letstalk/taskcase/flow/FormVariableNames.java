package org.letstalk.taskcase.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letstalk.caseload.WorkerChoices;
import org.letstalk.identity.Workers;
import org.letstalk.workflow.Workflow;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A task's form shows people by name: the variables that hold a worker's user id ({@code requestedBy}, ...) come
 * with the worker's name beside them ({@code requestedByName}), read from the identity service as the form opens,
 * and a form with a worker to pick gets the workers to choose from ({@code workerChoices}, for a select's
 * {@code valuesKey}). Neither is stored in the process: a form submits only its own fields, and the process keeps the
 * user id, which four-eyes checks and routing compare.
 */
class FormVariableNames extends OncePerRequestFilter {

  /** The variables whose value is a worker's user id, as forms show them. */
  static final Set<String> USER_ID_VARIABLES = Set.of("requestedBy", "proposedBy", "worker");
  static final String WORKER_CHOICES = "workerChoices";

  private static final Pattern FORM_VARIABLES = Pattern.compile(
      "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/form-variables$");

  private final Workers workers;
  private final WorkerChoices choices;
  private final Workflow workflow;
  private final ObjectMapper json = new ObjectMapper();

  FormVariableNames(Workers workers, WorkerChoices choices, Workflow workflow) {
    this.workers = workers;
    this.choices = choices;
    this.workflow = workflow;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher task = FORM_VARIABLES.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!"GET".equals(request.getMethod()) || !task.matches()) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
      String type = answer.getContentType();
      if (answer.getStatus() != HttpServletResponse.SC_OK || type == null || !type.contains("json")) {
        return;
      }
      JsonNode body = json.readTree(answer.getContentAsByteArray());
      if (body instanceof ObjectNode variables && withNames(variables, task.group(1))) {
        answer.resetBuffer();
        json.writeValue(answer.getOutputStream(), variables);
      }
    } finally {
      answer.copyBodyToResponse();
    }
  }

  /** Adds the names and the choices the form needs; whether anything was added. */
  private boolean withNames(ObjectNode variables, String taskId) {
    List<String> ids = new ArrayList<>();
    USER_ID_VARIABLES.forEach(name -> {
      JsonNode value = variables.path(name).path("value");
      if (value.isTextual() && !variables.has(name + "Name")) {
        ids.add(value.asText());
      }
    });
    Map<String, String> names = workers.namesOf(ids);
    boolean added = false;
    for (String name : USER_ID_VARIABLES) {
      JsonNode value = variables.path(name).path("value");
      if (value.isTextual() && names.containsKey(value.asText()) && !variables.has(name + "Name")) {
        variables.putObject(name + "Name").put("type", "String").put("value", names.get(value.asText()))
            .putObject("valueInfo");
        added = true;
      }
    }
    if (!variables.has(WORKER_CHOICES)
        && workflow.deployedForm(taskId, null).filter(form -> form.contains('"' + WORKER_CHOICES + '"')).isPresent()) {
      List<Map<String, String>> options = choices.conversationWorkers().stream()
          .map(choice -> Map.of("label", choice.label(), "value", choice.id())).toList();
      try {
        variables.putObject(WORKER_CHOICES).put("type", "Json").put("value", json.writeValueAsString(options))
            .putObject("valueInfo");
      } catch (com.fasterxml.jackson.core.JsonProcessingException cannotHappen) {
        throw new IllegalStateException(cannotHappen);
      }
      added = true;
    }
    return added;
  }
}
