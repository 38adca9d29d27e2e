package org.letstalk.record;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.letstalk.security.FormToken;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A restricted record, set, changed and lifted by a team manager: through the API (JSON, HTTP basic) and the control
 * on the person's page (a form carrying the page's {@link FormToken}).
 */
@Controller
class RestrictionController {

  private final RecordRestrictions restrictions;
  private final RecordPolicy policy;

  RestrictionController(RecordRestrictions restrictions, RecordPolicy policy) {
    this.restrictions = restrictions;
    this.policy = policy;
  }

  /** Who may read a restricted record, as the API shows it. */
  record RestrictionView(UUID personId, String reason, Set<String> groups, Set<String> users, String restrictedBy,
      Instant restrictedAt) {

    static RestrictionView of(RecordRestriction r) {
      return new RestrictionView(r.getPersonId(), r.getReason(), r.getReaderGroups(), r.getReaderUsers(),
          r.getRestrictedBy(), r.getRestrictedAt());
    }
  }

  @GetMapping("/api/people/{personId}/restriction")
  @ResponseBody
  RestrictionView read(HttpServletRequest request, @PathVariable UUID personId) {
    return restrictions.find(personId, Viewer.of(request)).map(RestrictionView::of)
        .orElseThrow(() -> new NoSuchRecordException("the record of " + personId + " is not restricted"));
  }

  @PutMapping("/api/people/{personId}/restriction")
  @ResponseBody
  RestrictionView restrict(HttpServletRequest request, @PathVariable UUID personId,
      @Valid @RequestBody RestrictionRequest body) {
    return RestrictionView.of(restrictions.restrict(personId, body, Viewer.of(request)));
  }

  @DeleteMapping("/api/people/{personId}/restriction")
  ResponseEntity<Void> lift(HttpServletRequest request, @PathVariable UUID personId) {
    restrictions.lift(personId, Viewer.of(request));
    return ResponseEntity.noContent().build();
  }

  /** The page's form: the groups ticked, the people's user ids separated by commas or spaces, and the reason. */
  @PostMapping("/people/{personId}/restriction")
  String restrictFromPage(HttpServletRequest request, @PathVariable UUID personId,
      @RequestParam Map<String, String> form, @RequestParam(name = "groups", required = false) List<String> groups) {
    String users = form.getOrDefault("users", "");
    Viewer viewer = Viewer.of(request);
    restrictions.restrict(personId, new RestrictionRequest(form.get("reason"), groups,
        Arrays.stream(users.split("[,\\s]+")).toList()), viewer);
    // A manager who did not name themselves may no longer read the record: back to the search instead.
    return policy.mayRead(personId, viewer) ? "redirect:/people/" + personId : "redirect:/people";
  }

  @PostMapping("/people/{personId}/restriction/lift")
  String liftFromPage(HttpServletRequest request, @PathVariable UUID personId) {
    restrictions.lift(personId, Viewer.of(request));
    return "redirect:/people/" + personId;
  }
}
