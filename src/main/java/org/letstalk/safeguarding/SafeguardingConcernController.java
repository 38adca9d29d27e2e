package org.letstalk.safeguarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.Viewer;
import org.letstalk.safeguarding.flow.ConcernsReported;
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

  static final String READ_CONCERN = "READ_CONCERN";

  private final ConcernsReported reported;
  private final Safeguarding safeguarding;
  private final RecordPolicy policy;

  public SafeguardingConcernController(ConcernsReported reported, Safeguarding safeguarding, RecordPolicy policy) {
    this.reported = reported;
    this.safeguarding = safeguarding;
    this.policy = policy;
  }

  @PostMapping
  public ResponseEntity<ConcernReceived> raise(@Valid @RequestBody ConcernReport report) {
    ConcernReceived received = reported.report(report);
    return ResponseEntity.created(URI.create("/api/safeguarding-concerns/" + received.concernId())).body(received);
  }

  @GetMapping("/{id}")
  public ResponseEntity<ConcernView> read(@PathVariable UUID id, HttpServletRequest request) {
    Viewer viewer = Viewer.of(request);
    if (READERS.stream().noneMatch(viewer::isIn)) {
      throw new NotAllowedException("safeguarding records are for decision-makers and the safeguarding team");
    }
    return safeguarding.find(id).map(concern -> {
      // A concern is part of its person's record: a restricted record's concern is read only by its named readers.
      if (concern.getPersonId() == null && concern.getRaisedInContactId() != null) {
        // Raised before the front door was sure whom the contact is about: logged against that contact.
        policy.readContact(concern.getRaisedInContactId(), null, viewer, READ_CONCERN);
      } else {
        policy.read(concern.getPersonId(), viewer, READ_CONCERN);
      }
      return ResponseEntity.ok(ConcernView.of(concern));
    }).orElse(ResponseEntity.notFound().build());
  }
}
