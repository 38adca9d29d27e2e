package org.letstalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letstalk.workflow.Workflow;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist's own engine API ({@code /camunda/api/engine}) answers a lost race as the engine REST API does
 * ({@link EngineRestErrors}): 409 with what happened, not a 500. Its mappers are the webapp's own, so the answer is
 * corrected on its way out: a task already claimed by someone else, a change somebody else made first, a task
 * somebody else has already completed; and a team's work refused to someone whose role does not do it, 403.
 */
public class TasklistRaces extends OncePerRequestFilter {

  private static final Pattern TASK_PATH =
      Pattern.compile("/engine/[^/]+/task/([^/]+)/(complete|submit-form|claim|unclaim|assignee|delegate|resolve)$");

  /** What a refusal of a team's work to someone without the role says (team.flow.TeamWorkNeedsItsRole). */
  public static final String NOT_THEIR_ROLE = "may not take up this task";

  private final Workflow workflow;
  private final ObjectMapper json = new ObjectMapper();

  public TasklistRaces(Workflow workflow) {
    this.workflow = workflow;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
      if (answer.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
        Map<String, String> race = race(request, answer.getContentAsByteArray());
        if (race != null) {
          answer.resetBuffer();
          answer.setStatus(Integer.parseInt(race.remove("status")));
          answer.setContentType("application/json");
          answer.setCharacterEncoding("UTF-8");
          json.writeValue(answer.getOutputStream(), race);
        }
      }
    } finally {
      answer.copyBodyToResponse();
    }
  }

  private Map<String, String> race(HttpServletRequest request, byte[] body) {
    String type = "";
    String message = "";
    try {
      JsonNode error = json.readTree(body);
      type = error.path("type").asText("");
      message = error.path("message").asText("");
    } catch (IOException notJson) {
      // Not the engine's error shape: judged by the task alone.
    }
    // A team's work refused to someone whose role does not do it (team.flow.TeamWorkNeedsItsRole): the engine wraps
    // a task listener's refusal, which Tasklist's mappers answer 500; the engine REST API answers it 403.
    if (message.contains(NOT_THEIR_ROLE)) {
      return answer(HttpServletResponse.SC_FORBIDDEN, "Forbidden",
          message.substring(message.indexOf("TaskListener: ") < 0 ? 0 : message.indexOf("TaskListener: ") + 14));
    }
    if (type.contains("TaskAlreadyClaimed") || message.contains("is already claimed")) {
      return answer("TaskAlreadyClaimed", "This task is already claimed by someone else: it is theirs to complete or "
          + "hand back.");
    }
    if (type.contains("OptimisticLocking") || message.contains("OptimisticLockingException")
        || message.contains("duplicate key")) {
      return answer("Conflict", "Somebody else acted on this at the same moment and was first; nothing of yours was "
          + "saved. Reload the task list and check before trying again.");
    }
    Matcher task = TASK_PATH.matcher(request.getRequestURI());
    if (task.find() && workflow.taskEnded(task.group(1))) {
      return answer("TaskAlreadyEnded", "This task has already been completed by someone else; nothing of yours was "
          + "saved. Reload the task list.");
    }
    return null;
  }

  private static Map<String, String> answer(String type, String message) {
    return answer(HttpServletResponse.SC_CONFLICT, type, message);
  }

  private static Map<String, String> answer(int status, String type, String message) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("status", String.valueOf(status));
    body.put("type", type);
    body.put("message", message);
    return body;
  }
}
