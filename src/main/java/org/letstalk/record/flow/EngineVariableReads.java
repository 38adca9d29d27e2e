package org.letstalk.record.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactIntake;
import org.letstalk.record.AccessLog;
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.Viewer;
import org.letstalk.security.AuthenticatedUser;
import org.letstalk.security.SignedIn;
import org.letstalk.web.ReadAgain;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.Workflow;
import org.letstalk.workflow.Workflow.Subject;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What the engine's API shows of a case, through the engine REST API, Tasklist's own or Cockpit's, is a read of the
 * record of the person the case is about, logged against that person and the contact the process is about, with the
 * route (and a query's body), and against the possible match a front-door task shows while nobody has confirmed whom
 * a contact is about:
 * <ul>
 *   <li>a process's variables: a task's, a process's or an execution's, a variable or history query, a filter's
 *       tasks with their variables, a completion that returns them ({@code READ_PROCESS_VARIABLES});</li>
 *   <li>a task itself, its comments and attachments: its name names the person ({@code READ_TASK});</li>
 *   <li>a list of tasks, open or ended, or a filter's tasks without variables ({@code LISTED_IN_TASKS});</li>
 *   <li>a list of processes, the engine's or Cockpit's, or Cockpit's incidents: each shows its business key, a
 *       person's or a plan's id ({@code LISTED_IN_PROCESSES}).</li>
 * </ul>
 * A list the same user reads again with the same route and query within {@link #LIST_AGAIN} (Tasklist refreshing an
 * inbox) is logged once; counts name nobody and are not logged.
 *
 * <p>Only the engine administrator gets variables back from correlating a message or starting a process
 * ({@code variablesInReturn}, {@code withVariablesInReturn}), logged as a read; anyone else is refused with 403 before
 * anything happens. Cockpit's plugin API shows process owners definitions and their statistics; its instances and
 * incidents are the administrator's, refused with 403 to anyone else.
 *
 * <p>The engine decides who may see a task or a process (its candidate groups and authorizations); a restricted
 * record narrows that to its named readers: a read of one task's or one process's is refused with 403, a list leaves
 * out the variables of a restricted record the reader may not read and shows its tasks without their names. Each
 * refusal is logged.
 */
public class EngineVariableReads extends OncePerRequestFilter {

  static final String ACTION = "READ_PROCESS_VARIABLES";
  static final String READ_TASK = "READ_TASK";
  static final String LISTED_IN_TASKS = "LISTED_IN_TASKS";
  static final String LISTED_IN_PROCESSES = "LISTED_IN_PROCESSES";
  /** The same list read again by the same user within this time is logged once. */
  static final Duration LIST_AGAIN = Duration.ofMinutes(10);
  static final String ADMINISTRATORS = "camunda-admin";
  static final String RESTRICTED_TASK_NAME = "Restricted record";

  private static final Pattern ENGINE =
      Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)$");
  private static final Pattern COCKPIT = Pattern.compile("^/camunda/api/cockpit/plugin/[^/]+/([^/]+)(/.*)?$");
  private static final Pattern TASK =
      Pattern.compile("^/task/([^/]+)/(?:variables|localVariables|form-variables)(?:/.*)?$");
  /** A task itself, its comments and attachments (not the engine's /task/count, /task/report/...). */
  private static final Pattern TASK_ITSELF =
      Pattern.compile("^/task/(?!count/?$|report/)([^/]+)(?:/(?:comment|attachment)(?:/.*)?)?/?$");
  /** Completing a task can answer with the process's variables ({@code withVariablesInReturn}). */
  private static final Pattern TASK_COMPLETED = Pattern.compile("^/task/([^/]+)/(?:complete|submit-form)$");
  private static final Pattern PROCESS = Pattern.compile("^/process-instance/([^/]+)/variables(?:/.*)?$");
  private static final Pattern EXECUTION = Pattern.compile("^/execution/([^/]+)/localVariables(?:/.*)?$");
  private static final Pattern VARIABLE = Pattern.compile("^/(?:history/)?variable-instance/([^/]+)(?:/data)?$");
  private static final Pattern DETAIL = Pattern.compile("^/history/detail/([^/]+)(?:/data)?$");
  private static final Pattern QUERY = Pattern.compile(
      "^/(?:variable-instance|history/variable-instance|history/detail|history/decision-instance)/?$");
  /** A saved filter's tasks, with the variables the filter names embedded (Tasklist's cards). */
  private static final Pattern FILTER = Pattern.compile("^/filter/[^/]+/(?:list|singleResult)$");
  private static final Pattern TASKS = Pattern.compile("^/(?:history/)?task/?$");
  private static final Pattern PROCESSES = Pattern.compile("^/(?:history/)?process-instance/?$");
  private static final Pattern MESSAGE = Pattern.compile("^/message/?$");
  private static final Pattern START =
      Pattern.compile("^/process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/start$");
  private static final Pattern COCKPIT_DEFINITIONS = Pattern.compile("^/process-definition(?:/.*)?$");
  private static final Pattern COCKPIT_INSTANCES = Pattern.compile("^/process-instance(?:/.*)?$");
  private static final Pattern COCKPIT_INCIDENTS = Pattern.compile("^/incident(?:/.*)?$");

  /** What a list shows of each case, and so how it is logged and what a restricted record's entry keeps. */
  private enum Shown { VARIABLES, TASKS, PROCESSES, INCIDENTS }

  private final Workflow workflow;
  private final CurrentUser currentUser;
  private final RecordPolicy policy;
  private final ContactIntake contacts;
  private final ObjectMapper json = new ObjectMapper();

  public EngineVariableReads(Workflow workflow, CurrentUser currentUser, RecordPolicy policy, ContactIntake contacts) {
    this.workflow = workflow;
    this.currentUser = currentUser;
    this.policy = policy;
    this.contacts = contacts;
  }

  /** One person (or contact) whose record a process tells of. */
  private record Read(UUID personId, UUID contactId, String what) {
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher engine = ENGINE.matcher(path);
    Matcher cockpit = COCKPIT.matcher(path);
    Optional<AuthenticatedUser> user = engine.matches() || cockpit.matches()
        ? SignedIn.user(request, currentUser) : Optional.empty();
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Viewer viewer = new Viewer(user.get().id(), user.get().groups());
    boolean administrator = user.get().isIn(ADMINISTRATORS);
    String method = request.getMethod();
    boolean query = "GET".equals(method) || "POST".equals(method);
    HttpServletRequest passed = query ? readAgain(request) : request;
    String detail = method + " " + path + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
        + ("POST".equals(method) ? " " + body(passed) : "");
    if (cockpit.matches()) {
      cockpit(passed, response, chain, cockpit.group(1), cockpit.group(2) == null ? "" : cockpit.group(2),
          administrator, viewer, detail);
      return;
    }
    String route = engine.group(1);
    Optional<String> process = processNamedBy(route, method);
    if ("POST".equals(method) && (MESSAGE.matcher(route).matches() || START.matcher(route).matches())) {
      returningVariables(passed, response, chain, administrator, viewer, detail);
    } else if (process.isPresent()) {
      readOfOneProcess(passed, response, chain, process.get(), viewer, detail,
          TASK_ITSELF.matcher(route).matches() ? READ_TASK : ACTION);
    } else if (query && QUERY.matcher(route).matches()) {
      readOfMany(passed, response, chain, Shown.VARIABLES, viewer, detail);
    } else if (query && (FILTER.matcher(route).matches() || TASKS.matcher(route).matches())) {
      readOfMany(passed, response, chain, Shown.TASKS, viewer, detail);
    } else if (query && PROCESSES.matcher(route).matches()) {
      readOfMany(passed, response, chain, Shown.PROCESSES, viewer, detail);
    } else {
      chain.doFilter(passed, response);
    }
  }

  /**
   * Cockpit's plugin API: its assets and definitions (with their statistics) for whoever Cockpit lets in; its
   * instances and incidents for the engine administrator only, logged; anything else it may answer, the
   * administrator's.
   */
  private void cockpit(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String engine,
      String route, boolean administrator, Viewer viewer, String detail) throws ServletException, IOException {
    if ("static".equals(engine) || COCKPIT_DEFINITIONS.matcher(route).matches()) {
      chain.doFilter(request, response);
    } else if (!administrator) {
      forbidden(response, "Cockpit shows process owners the models and their figures; the cases themselves are the "
          + "engine administrator's");
    } else if (COCKPIT_INSTANCES.matcher(route).matches()) {
      readOfMany(request, response, chain, Shown.PROCESSES, viewer, detail);
    } else if (COCKPIT_INCIDENTS.matcher(route).matches()) {
      readOfMany(request, response, chain, Shown.INCIDENTS, viewer, detail);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** The process whose variables or task the route reads, when its path names one (a task, a process, a variable). */
  private Optional<String> processNamedBy(String route, String method) {
    Matcher matched;
    if ("POST".equals(method)) {
      matched = TASK_COMPLETED.matcher(route);
      return matched.matches() ? workflow.processOfTask(matched.group(1)) : Optional.empty();
    }
    if (!"GET".equals(method)) {
      return Optional.empty();
    }
    if ((matched = TASK.matcher(route)).matches() || (matched = TASK_ITSELF.matcher(route)).matches()) {
      return workflow.processOfTask(matched.group(1));
    }
    if ((matched = PROCESS.matcher(route)).matches()) {
      return Optional.of(matched.group(1));
    }
    if ((matched = EXECUTION.matcher(route)).matches()) {
      return workflow.processOfExecution(matched.group(1));
    }
    if ((matched = VARIABLE.matcher(route)).matches() && !"count".equals(matched.group(1))) {
      return workflow.processOfVariable(matched.group(1));
    }
    if ((matched = DETAIL.matcher(route)).matches() && !"count".equals(matched.group(1))) {
      return workflow.processOfHistoricDetail(matched.group(1));
    }
    return Optional.empty();
  }

  private void readOfOneProcess(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      String processInstanceId, Viewer viewer, String detail, String action) throws ServletException, IOException {
    Subject subject = workflow.subjectsOf(List.of(processInstanceId)).get(processInstanceId);
    List<Read> reads = subject == null ? List.of() : readsOf(subject);
    for (Read read : reads) {
      if (!policy.mayReadThroughEngine(read.personId(), viewer)) {
        policy.refusedThroughEngine(read.personId(), read.contactId(), viewer, action, detail + read.what());
        forbidden(response, "this is a restricted record: only the people and groups a team manager named may read it");
        return;
      }
    }
    // Logged before the answer leaves: a filter inside may complete the response, and a read that could not be
    // logged is not shown.
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    // 200 answers with variables; a completion without them answers 204.
    if (answer.getStatus() == HttpServletResponse.SC_OK) {
      reads.forEach(read -> policy.readThroughEngine(read.personId(), read.contactId(), viewer, action,
          detail + read.what()));
    }
    answer.copyBodyToResponse();
  }

  /**
   * A message correlated or a process started that would answer with the process's variables: the engine
   * administrator's only, logged, with a restricted record's variables left out unless it names them.
   */
  private void returningVariables(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      boolean administrator, Viewer viewer, String detail) throws ServletException, IOException {
    JsonNode asked = parse(request);
    boolean withVariables = asked.path("variablesInReturn").asBoolean(false)
        || asked.path("withVariablesInReturn").asBoolean(false);
    if (!withVariables) {
      chain.doFilter(request, response);
      return;
    }
    if (!administrator) {
      forbidden(response, "only the engine administrator gets a process's variables back; ask without "
          + (asked.has("variablesInReturn") ? "variablesInReturn" : "withVariablesInReturn"));
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
      JsonNode body = answerOf(answer);
      if (body == null) {
        return;
      }
      List<JsonNode> results = new ArrayList<>();
      if (body.isArray()) {
        body.forEach(results::add);
      } else {
        results.add(body);
      }
      Map<JsonNode, String> processOf = new java.util.IdentityHashMap<>();
      for (JsonNode result : results) {
        // A started process answers its own id; a correlation, the execution's or the started process's.
        String process = result.has("variables") && result.has("definitionId") ? result.path("id").asText(null)
            : result.path("execution").path("processInstanceId").asText(
                result.path("processInstance").path("id").asText(null));
        // A start by message answers no variables: nothing shown, nothing to log.
        if (process != null && result.path("variables").size() > 0) {
          processOf.put(result, process);
        }
      }
      Map<String, Subject> subjects = workflow.subjectsOf(processOf.values());
      boolean changed = false;
      for (Map.Entry<JsonNode, String> each : processOf.entrySet()) {
        Subject subject = subjects.get(each.getValue());
        if (subject != null && !logged(readsOf(subject), viewer, ACTION, detail, Set.of(), true)
            && each.getKey() instanceof ObjectNode result) {
          result.remove("variables");
          changed = true;
        }
      }
      if (changed) {
        answer.resetBuffer();
        json.writeValue(answer.getOutputStream(), body);
      }
    } finally {
      answer.copyBodyToResponse();
    }
  }

  private void readOfMany(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Shown shown,
      Viewer viewer, String detail) throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
      JsonNode body = answerOf(answer);
      if (body == null) {
        return;
      }
      // Each case the answer shows, and whether it shows that case's variables.
      Map<String, Boolean> processes = new LinkedHashMap<>();
      collectProcesses(body, shown, processes);
      Set<String> already = processes.isEmpty() ? Set.of()
          : policy.listedThroughEngineWithin(viewer, detail, LIST_AGAIN);
      Set<String> refused = new LinkedHashSet<>();
      for (Map.Entry<String, Subject> about : workflow.subjectsOf(processes.keySet()).entrySet()) {
        String action = switch (shown) {
          case VARIABLES -> ACTION;
          case TASKS -> processes.get(about.getKey()) ? ACTION : LISTED_IN_TASKS;
          case PROCESSES, INCIDENTS -> LISTED_IN_PROCESSES;
        };
        // A list of processes shows ids only: listed, restricted or not.
        boolean restrictable = shown == Shown.VARIABLES || shown == Shown.TASKS;
        if (!logged(readsOf(about.getValue()), viewer, action, detail, already, restrictable)) {
          refused.add(about.getKey());
        }
      }
      if (!refused.isEmpty()) {
        leaveOut(body, refused);
        answer.resetBuffer();
        json.writeValue(answer.getOutputStream(), body);
      }
    } finally {
      answer.copyBodyToResponse();
    }
  }

  /**
   * Logs the reads of one case, or their refusal when any of them is of a restricted record the viewer may not read,
   * leaving out what this same list logged a moment ago; answers whether the case may be shown.
   */
  private boolean logged(List<Read> reads, Viewer viewer, String action, String detail, Set<String> already,
      boolean restrictable) {
    boolean allowed = !restrictable
        || reads.stream().allMatch(read -> policy.mayReadThroughEngine(read.personId(), viewer));
    for (Read read : reads) {
      String logged = allowed ? action : "REFUSED_" + action;
      if (already.contains(AccessLog.key(logged, read.personId(), read.contactId(), detail + read.what()))
          || already.contains(AccessLog.key(logged, read.personId(), read.contactId(),
              detail + read.what() + ": restricted record"))) {
        continue;
      }
      if (allowed) {
        policy.readThroughEngine(read.personId(), read.contactId(), viewer, action, detail + read.what());
      } else {
        policy.refusedThroughEngine(read.personId(), read.contactId(), viewer, action, detail + read.what());
      }
    }
    return allowed;
  }

  /** Whom a process is about; a contact not yet matched is about its possible match too, which its task shows. */
  private List<Read> readsOf(Subject subject) {
    UUID personId = uuid(subject.personId());
    UUID contactId = uuid(subject.contactId());
    List<Read> reads = new ArrayList<>();
    if (personId == null && contactId != null) {
      Optional<Contact> contact = contacts.find(contactId);
      personId = contact.map(Contact::getPersonId).orElse(null);
      UUID candidate = contact.map(Contact::getCandidatePersonId).orElse(null);
      if (personId == null && candidate != null) {
        reads.add(new Read(candidate, null, " (possible match for contact " + contactId + ")"));
      }
    }
    if (personId != null || contactId != null) {
      reads.add(0, new Read(personId, contactId, ""));
    }
    return reads;
  }

  /**
   * The cases the answer shows: every variable's, every task's (and whether it embeds variables), every process's
   * (by its business key's row), every incident's.
   */
  private static void collectProcesses(JsonNode node, Shown shown, Map<String, Boolean> into) {
    if (node.isObject()) {
      JsonNode process = switch (shown) {
        case VARIABLES, INCIDENTS -> node.get("processInstanceId");
        case TASKS -> node.has("taskDefinitionKey") ? node.get("processInstanceId") : null;
        case PROCESSES -> node.has("businessKey") ? node.get("id") : null;
      };
      if (process != null && process.isTextual()) {
        into.merge(process.asText(), node.path("_embedded").path("variable").size() > 0, Boolean::logicalOr);
      }
    }
    node.forEach(child -> collectProcesses(child, shown, into));
  }

  /**
   * Leaves out what the refused cases show: a variable from a list of variables; a task's embedded variables and its
   * name, which names the person.
   */
  private static void leaveOut(JsonNode node, Set<String> refused) {
    if (node instanceof ArrayNode list) {
      for (int i = list.size() - 1; i >= 0; i--) {
        JsonNode item = list.get(i);
        if (refused.contains(item.path("processInstanceId").asText()) && !item.has("taskDefinitionKey")
            && !item.path("_embedded").has("variable")) {
          list.remove(i);
        }
      }
    } else if (node instanceof ObjectNode object && refused.contains(object.path("processInstanceId").asText())
        && (object.has("taskDefinitionKey") || object.path("_embedded").has("variable"))) {
      if (object.has("name")) {
        object.put("name", RESTRICTED_TASK_NAME);
      }
      if (object.has("description")) {
        object.putNull("description");
      }
      if (object.path("_embedded") instanceof ObjectNode embedded && embedded.has("variable")) {
        embedded.putArray("variable");
      }
    }
    node.forEach(child -> leaveOut(child, refused));
  }

  private JsonNode answerOf(ContentCachingResponseWrapper answer) throws IOException {
    String type = answer.getContentType();
    if (answer.getStatus() != HttpServletResponse.SC_OK || type == null || !type.contains("json")) {
      return null;
    }
    return json.readTree(answer.getContentAsByteArray());
  }

  /** The request with a JSON body that can be read here and again by the engine. */
  private static HttpServletRequest readAgain(HttpServletRequest request) throws IOException {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase().contains("json") || request instanceof ReadAgain) {
      return request;
    }
    return new ReadAgain(request, request.getInputStream().readAllBytes());
  }

  private JsonNode parse(HttpServletRequest request) throws IOException {
    try {
      JsonNode body = json.readTree(request.getInputStream());
      return body == null ? json.createObjectNode() : body;
    } catch (IOException notJson) {
      return json.createObjectNode();
    }
  }

  /** A query's body as one line: part of what the log says was asked. */
  private String body(HttpServletRequest request) throws IOException {
    if (!(request instanceof ReadAgain)) {
      return "";
    }
    JsonNode body = parse(request);
    return body.isEmpty() ? "" : json.writeValueAsString(body);
  }

  private static void forbidden(HttpServletResponse response, String message) throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"" + message + "\"}");
  }

  private static UUID uuid(String value) {
    try {
      return value == null ? null : UUID.fromString(value);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }
}
