package org.letstalk.safeguarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.safeguarding.flow.ConcernsReported;
import org.letstalk.security.AuthenticatedUser;
import org.letstalk.validation.NotAllowedException;
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

  private final ConcernsReported reported;
  private final Safeguarding safeguarding;

  public SafeguardingConcernController(ConcernsReported reported, Safeguarding safeguarding) {
    this.reported = reported;
    this.safeguarding = safeguarding;
  }

  @PostMapping
  public ResponseEntity<ConcernReceived> raise(@Valid @RequestBody ConcernReport report) {
    ConcernReceived received = reported.report(report);
    return ResponseEntity.created(URI.create("/api/safeguarding-concerns/" + received.concernId())).body(received);
  }

  @GetMapping("/{id}")
  public ResponseEntity<ConcernView> read(@PathVariable UUID id, HttpServletRequest request) {
    AuthenticatedUser user = (AuthenticatedUser) request.getAttribute(AuthenticatedUser.ATTRIBUTE);
    if (READERS.stream().noneMatch(user::isIn)) {
      throw new NotAllowedException("safeguarding records are for decision-makers and the safeguarding team");
    }
    return safeguarding.find(id).map(c -> ResponseEntity.ok(ConcernView.of(c))).orElse(ResponseEntity.notFound().build());
  }
}
