package org.letstalk.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.letstalk.validation.ConflictException;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.workflow.ModelRefusedException;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * Answers of the engine REST API when something goes wrong. The engine wraps what a listener or delegate throws,
 * and the REST layer turns most of it into 500; here the cause decides:
 * <ul>
 *   <li>409: two people acted on the same task at once (a lost optimistic lock, a task claimed by someone else,
 *   a task already completed, a row somebody else has just written, a record ours refuses as already there, named
 *   in its message); nothing of the loser's request is kept;</li>
 *   <li>403: a refusal of ours (four-eyes) thrown inside a listener or delegate;</li>
 *   <li>400: bad input ({@code InputRejectedException}), wherever it was thrown;</li>
 *   <li>404: an action on a task that never existed;</li>
 *   <li>400: a deployment the model rules refuse, with every problem;</li>
 * </ul>
 * and everything else as the engine answers it.
 */
@Component
public class EngineRestErrors implements ExceptionMapper<Throwable> {

  private static final Pattern TASK_PATH =
      Pattern.compile("^/?task/([^/]+)/(complete|submit-form|claim|unclaim|assignee|delegate|resolve)$");
  private static final Pattern START_FORM_PATH = Pattern.compile("^/?process-definition/([^/]+)/submit-form$");
  private static final Pattern START_FORM_BY_KEY_PATH =
      Pattern.compile("^/?process-definition/key/([^/]+)/submit-form$");
  private static final String UNIQUE_VIOLATION = "23505";

  private final Workflow workflow;

  @Context
  private UriInfo uri;

  public EngineRestErrors(Workflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public Response toResponse(Throwable thrown) {
    Optional<Response> ours = modelRefused(thrown)
        .or(() -> conflict(thrown))
        .or(() -> refusal(thrown))
        .or(() -> badInput(thrown))
        .or(() -> taskAlreadyEnded(thrown))
        .or(() -> noSuchTask(thrown));
    return ours.orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(thrown));
  }

  private Optional<Response> modelRefused(Throwable thrown) {
    ModelRefusedException refused = cause(thrown, ModelRefusedException.class);
    if (refused == null) {
      return Optional.empty();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "ModelRefused");
    body.put("message", "The deployment was refused; nothing of it was deployed. Fix each problem and deploy again.");
    body.put("problems", refused.problems());
    return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body).build());
  }

  private Optional<Response> conflict(Throwable thrown) {
    ConflictException ours = cause(thrown, ConflictException.class);
    if (ours != null) {
      return answer(Response.Status.CONFLICT, "Conflict", ours.getMessage());
    }
    TaskAlreadyClaimedException claimed = cause(thrown, TaskAlreadyClaimedException.class);
    if (claimed != null) {
      return answer(Response.Status.CONFLICT, "TaskAlreadyClaimed",
          "This task is already claimed by " + claimed.getTaskAssignee() + ": it is theirs to complete or hand back.");
    }
    if (cause(thrown, OptimisticLockingException.class) != null || uniqueViolation(thrown)) {
      return answer(Response.Status.CONFLICT, "Conflict",
          "Somebody else acted on this at the same moment and was first; nothing of yours was saved. "
              + "Reload the task list and check before trying again.");
    }
    return Optional.empty();
  }

  /** Only when the top exception is not already the refusal: the engine's own mapper answers that with 403. */
  private Optional<Response> refusal(Throwable thrown) {
    AuthorizationException refused = cause(thrown, AuthorizationException.class);
    if (refused == null || refused == thrown) {
      return Optional.empty();
    }
    return answer(Response.Status.FORBIDDEN, "Forbidden", refused.getMessage());
  }

  /**
   * Every problem at once, each naming the field by the label its form shows and saying what is wrong in a sentence;
   * {@code problems} lists them for Tasklist to show above the form, {@code message} holds them all.
   */
  private Optional<Response> badInput(Throwable thrown) {
    InputRejectedException rejected = cause(thrown, InputRejectedException.class);
    if (rejected == null) {
      return Optional.empty();
    }
    List<FormProblems.Shown> problems = FormProblems.shown(rejected, labelsOfTheFormSubmitted());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InputRejected");
    body.put("message", FormProblems.message(problems));
    body.put("problems", problems);
    return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body).build());
  }

  private Map<String, String> labelsOfTheFormSubmitted() {
    String path = uri == null ? "" : uri.getPath();
    Matcher task = TASK_PATH.matcher(path);
    Matcher start = START_FORM_PATH.matcher(path);
    Matcher startByKey = START_FORM_BY_KEY_PATH.matcher(path);
    Optional<String> form = task.matches() ? workflow.deployedForm(task.group(1), null)
        : startByKey.matches() ? workflow.latestDefinitionId(startByKey.group(1)).flatMap(id -> workflow.deployedForm(null, id))
        : start.matches() ? workflow.deployedForm(null, start.group(1)) : Optional.empty();
    return form.map(FormProblems::labels).orElse(Map.of());
  }

  /** The loser of a race who arrives after the winner committed finds no task any more. */
  private Optional<Response> taskAlreadyEnded(Throwable thrown) {
    Matcher task = uri == null ? null : TASK_PATH.matcher(uri.getPath());
    if (task == null || !task.matches() || !workflow.taskEnded(task.group(1))) {
      return Optional.empty();
    }
    return answer(Response.Status.CONFLICT, "TaskAlreadyEnded",
        "This task has already been completed by someone else; nothing of yours was saved. Reload the task list.");
  }

  /** An action on a task id that never existed: the engine's answer would be 500. */
  private Optional<Response> noSuchTask(Throwable thrown) {
    NullValueException missing = cause(thrown, NullValueException.class);
    if (missing == null || !String.valueOf(missing.getMessage()).startsWith("Cannot find task")
        || uri == null || !TASK_PATH.matcher(uri.getPath()).matches()) {
      return Optional.empty();
    }
    return answer(Response.Status.NOT_FOUND, "NotFound", "There is no such task.");
  }

  /**
   * Whether a unique key refused the write. The engine may report it as the statement after it ("current
   * transaction is aborted"), with the refusal as its cause, so every cause is looked at.
   */
  static boolean uniqueViolation(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static Optional<Response> answer(Response.Status status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return Optional.of(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
  }
}
