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
import java.util.ArrayList;
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
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.Viewer;
import org.letstalk.security.AuthenticatedUser;
import org.letstalk.security.SignedIn;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.Workflow;
import org.letstalk.workflow.Workflow.Subject;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A process's variables read through the engine's API, by the engine REST API or Tasklist's own, are a read of the
 * record of the person the process is about: they carry the person's name, and a task's form shows it. Each read is
 * logged against that person and the contact the process is about ({@code READ_PROCESS_VARIABLES}, with the route),
 * and against the possible match a front-door task shows while nobody has confirmed whom a contact is about.
 *
 * <p>The engine decides who may see a task or a process (its candidate groups and authorizations); a restricted
 * record narrows that to its named readers: a read of one variable, one task's or one process's is refused with 403,
 * and a list leaves out the variables of a restricted record the reader may not read. Each refusal is logged.
 */
public class EngineVariableReads extends OncePerRequestFilter {

  static final String ACTION = "READ_PROCESS_VARIABLES";

  private static final Pattern ENGINE =
      Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)$");
  private static final Pattern TASK =
      Pattern.compile("^/task/([^/]+)/(?:variables|localVariables|form-variables)(?:/.*)?$");
  /** Completing a task can answer with the process's variables ({@code withVariablesInReturn}). */
  private static final Pattern TASK_COMPLETED = Pattern.compile("^/task/([^/]+)/(?:complete|submit-form)$");
  private static final Pattern PROCESS = Pattern.compile("^/process-instance/([^/]+)/variables(?:/.*)?$");
  private static final Pattern EXECUTION = Pattern.compile("^/execution/([^/]+)/localVariables(?:/.*)?$");
  private static final Pattern VARIABLE = Pattern.compile("^/(?:history/)?variable-instance/([^/]+)(?:/data)?$");
  private static final Pattern DETAIL = Pattern.compile("^/history/detail/([^/]+)(?:/data)?$");
  private static final Pattern QUERY =
      Pattern.compile("^/(?:variable-instance|history/variable-instance|history/detail)/?$");
  /** A saved filter's tasks, with the variables the filter names embedded (Tasklist's cards). */
  private static final Pattern FILTER = Pattern.compile("^/filter/[^/]+/(?:list|singleResult)$");

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

  /** One person (or contact) whose record a process's variables tell of. */
  private record Read(UUID personId, UUID contactId, String what) {
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher engine = ENGINE.matcher(path);
    Optional<AuthenticatedUser> user = engine.matches() ? SignedIn.user(request, currentUser) : Optional.empty();
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String route = engine.group(1);
    Viewer viewer = new Viewer(user.get().id(), user.get().groups());
    String detail = request.getMethod() + " " + path
        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    Optional<String> process = processNamedBy(route, request.getMethod());
    if (process.isPresent()) {
      readOfOneProcess(request, response, chain, process.get(), viewer, detail);
    } else if (("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()))
        && (QUERY.matcher(route).matches() || FILTER.matcher(route).matches())) {
      readOfMany(request, response, chain, FILTER.matcher(route).matches(), viewer, detail);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** The process whose variables the route reads, when its path names one (a task, a process, a variable). */
  private Optional<String> processNamedBy(String route, String method) {
    Matcher matched;
    if ("POST".equals(method)) {
      matched = TASK_COMPLETED.matcher(route);
      return matched.matches() ? workflow.processOfTask(matched.group(1)) : Optional.empty();
    }
    if (!"GET".equals(method)) {
      return Optional.empty();
    }
    if ((matched = TASK.matcher(route)).matches()) {
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
      String processInstanceId, Viewer viewer, String detail) throws ServletException, IOException {
    Subject subject = workflow.subjectsOf(List.of(processInstanceId)).get(processInstanceId);
    List<Read> reads = subject == null ? List.of() : readsOf(subject);
    for (Read read : reads) {
      if (!policy.mayReadThroughEngine(read.personId(), viewer)) {
        policy.refusedThroughEngine(read.personId(), read.contactId(), viewer, ACTION, detail + read.what());
        response.setContentType("application/json");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"this is a restricted record: only the "
            + "people and groups a team manager named may read it\"}");
        return;
      }
    }
    chain.doFilter(request, response);
    // 200 answers with variables; a completion without them answers 204.
    if (response.getStatus() == HttpServletResponse.SC_OK) {
      reads.forEach(read -> policy.readThroughEngine(read.personId(), read.contactId(), viewer, ACTION,
          detail + read.what()));
    }
  }

  private void readOfMany(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      boolean tasks, Viewer viewer, String detail) throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
      String type = answer.getContentType();
      if (answer.getStatus() != HttpServletResponse.SC_OK || type == null || !type.contains("json")) {
        return;
      }
      JsonNode body = json.readTree(answer.getContentAsByteArray());
      Set<String> processes = new LinkedHashSet<>();
      collectProcesses(body, tasks, processes);
      Set<String> refused = new LinkedHashSet<>();
      for (Map.Entry<String, Subject> about : workflow.subjectsOf(processes).entrySet()) {
        List<Read> reads = readsOf(about.getValue());
        if (reads.stream().allMatch(read -> policy.mayReadThroughEngine(read.personId(), viewer))) {
          reads.forEach(read -> policy.readThroughEngine(read.personId(), read.contactId(), viewer, ACTION,
              detail + read.what()));
        } else {
          refused.add(about.getKey());
          reads.forEach(read -> policy.refusedThroughEngine(read.personId(), read.contactId(), viewer, ACTION,
              detail + read.what()));
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

  /** The processes whose variables the answer holds: every variable's, or every task's that embeds variables. */
  private static void collectProcesses(JsonNode node, boolean tasks, Set<String> into) {
    if (node.isObject()) {
      JsonNode process = node.get("processInstanceId");
      if (process != null && process.isTextual() && (!tasks || node.path("_embedded").path("variable").size() > 0)) {
        into.add(process.asText());
      }
    }
    node.forEach(child -> collectProcesses(child, tasks, into));
  }

  /** Leaves out the variables of the refused processes: from a list of variables, or from a task that embeds them. */
  private static void leaveOut(JsonNode node, Set<String> refused) {
    if (node instanceof ArrayNode list) {
      for (int i = list.size() - 1; i >= 0; i--) {
        JsonNode item = list.get(i);
        if (refused.contains(item.path("processInstanceId").asText()) && !item.path("_embedded").has("variable")) {
          list.remove(i);
        }
      }
    } else if (node instanceof ObjectNode object && refused.contains(object.path("processInstanceId").asText())
        && object.path("_embedded") instanceof ObjectNode embedded && embedded.has("variable")) {
      embedded.putArray("variable");
    }
    node.forEach(child -> leaveOut(child, refused));
  }

  private static UUID uuid(String value) {
    try {
      return value == null ? null : UUID.fromString(value);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }
}
