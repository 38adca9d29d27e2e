package org.letstalk.safeguarding;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.security.AuthenticatedUser;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.safeguarding.flow.ConcernsReported;
import org.letstalk.safeguarding.flow.SafeguardingVariables;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Concerns from outside the council (police, a provider, a neighbour), the same process as Tasklist's; read
 * back only by those who decide on concerns and enquire into them.
 */
@RestController
@RequestMapping("/api/safeguarding-concerns")
public class SafeguardingConcernController {

  /** Who may read a concern: those who decide on it and enquire into it. */
  static final List<String> READERS = List.of(Groups.SENIOR_PRACTITIONERS, Groups.TEAM_MANAGERS, Groups.SAFEGUARDING);
  private static final Set<String> FIELDS = Set.copyOf(SafeguardingVariables.EXTERNAL_FIELDS);

  private final ConcernsReported reported;
  private final Safeguarding safeguarding;

  public SafeguardingConcernController(ConcernsReported reported, Safeguarding safeguarding) {
    this.reported = reported;
    this.safeguarding = safeguarding;
  }

  @PostMapping
  public ResponseEntity<Map<String, Object>> raise(@RequestBody Map<String, Object> body) {
    for (String field : body.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new InputRejectedException(field, "is not a field of a safeguarding concern");
      }
    }
    ConcernsReported.Reported report = reported.report(body);
    SafeguardingConcern concern = report.concern();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("concernId", concern.getId());
    answer.put("processInstanceId", concern.getProcessInstanceId());
    answer.put("personId", concern.getPersonId());
    answer.put("personName", concern.getPersonName());
    answer.put("decisionDueAt", concern.getDecisionDueAt());
    // Only the tasks the caller may see: a front-door worker who reports a concern does not see the decision.
    answer.put("nextTasks", report.nextTasks().stream()
        .map(t -> Map.of("id", t.id(), "name", t.name(), "taskDefinitionKey", t.taskDefinitionKey()))
        .toList());
    return ResponseEntity.created(URI.create("/api/safeguarding-concerns/" + concern.getId())).body(answer);
  }

  @GetMapping("/{id}")
  public ResponseEntity<Map<String, Object>> read(@PathVariable UUID id,
      HttpServletRequest request) {
    AuthenticatedUser user = (AuthenticatedUser) request.getAttribute(AuthenticatedUser.ATTRIBUTE);
    if (READERS.stream().noneMatch(user::isIn)) {
      throw new NotAllowedException("safeguarding records are for decision-makers and the safeguarding team");
    }
    return safeguarding.find(id).map(c -> ResponseEntity.ok(view(c))).orElse(ResponseEntity.notFound().build());
  }

  private static Map<String, Object> view(SafeguardingConcern c) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("concernId", c.getId());
    v.put("processInstanceId", c.getProcessInstanceId());
    v.put("personId", c.getPersonId());
    v.put("personName", c.getPersonName());
    v.put("raisedIn", c.getRaisedIn());
    v.put("raisedInProcessKey", c.getRaisedInProcessKey());
    v.put("raisedByExternal", c.getRaisedByExternal());
    v.put("raisedAt", c.getRaisedAt());
    v.put("concernDescription", c.getDescription());
    v.put("abuseType", c.getAbuseType());
    v.put("immediateDanger", c.isImmediateDanger());
    v.put("decisionDueAt", c.getDecisionDueAt());
    v.put("route", c.getRoute());
    v.put("decisionReason", c.getDecisionReason());
    v.put("s42DutyApplies", c.getS42DutyApplies());
    v.put("decidedInTime", c.getDecidedInTime());
    return v;
  }
}
