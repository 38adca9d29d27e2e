package org.letstalk.authorisation;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.letstalk.record.RecordReads;
import org.letstalk.record.RecordReads.RecordView;
import org.letstalk.record.Viewer;
import org.letstalk.record.Words;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/authorisation-requests/{id}}: what a manager was asked to authorise, and the decision with why. */
@RestController
class AuthorisationReadController {

  private final AuthorisationRequestRepository requests;
  private final RecordReads reads;

  AuthorisationReadController(AuthorisationRequestRepository requests, RecordReads reads) {
    this.requests = requests;
    this.reads = reads;
  }

  @Operation(summary = "An authorisation request: what was asked, the level that decides, the decision, who and why")
  @GetMapping("/api/authorisation-requests/{requestId}")
  @Transactional
  public RecordView read(HttpServletRequest request, @PathVariable UUID requestId) {
    AuthorisationRequest r = requests.findById(requestId)
        .orElseThrow(() -> new NoSuchRecordException("no authorisation request " + requestId));
    reads.read(r.getPersonId(), Viewer.of(request), "AUTHORISATION");
    List<String> content = new ArrayList<>(AuthorisationRecord.asked(r));
    content.add("Decision: " + Words.of(r.getStatus()));
    if (r.isDecided()) {
      content.add("Decided by " + reads.nameOf(r.getDecidedBy()) + " on " + Words.date(r.getDecidedAt())
          + (r.getDecidedAtLevel() == null ? "" : ", at the level of " + AuthorisationRecord.level(r.getDecidedAtLevel())));
      content.add(Words.line("Why", r.getReason()));
    }
    return new RecordView(r.getId(), r.getPersonId(), "AUTHORISATION",
        "Authorisation of " + AuthorisationRecord.what(r.getRequestType()), r.getRequestedAt(),
        reads.nameOf(r.getRequestedBy()), content);
  }
}
