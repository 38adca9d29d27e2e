package org.letstalk.upkeep;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.List;
import org.letstalk.person.PersonDeath;
import org.letstalk.person.PersonMerge;
import org.letstalk.person.RecordMerges;
import org.letstalk.record.AccessLog;
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.Viewer;
import org.letstalk.upkeep.flow.PersonDeaths;
import org.letstalk.upkeep.flow.RecordMergeRequests;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Keeping a person's record true for other systems: a death, and merging two records of one person. */
@RestController
class UpkeepApiController {

  private final PersonDeaths deaths;
  private final RecordMergeRequests merges;
  private final RecordMerges mergeRecords;
  private final RecordPolicy policy;

  UpkeepApiController(PersonDeaths deaths, RecordMergeRequests merges, RecordMerges mergeRecords,
      RecordPolicy policy) {
    this.deaths = deaths;
    this.merges = merges;
    this.mergeRecords = mergeRecords;
    this.policy = policy;
  }

  /** A merge of the record {@code mergedPersonId} into {@code survivingPersonId}, and its decision. */
  record MergeView(UUID id, UUID survivingPersonId, UUID mergedPersonId, String reason, String proposedBy,
      Instant proposedAt, PersonMerge.Status status, String decidedBy, Instant decidedAt, String decisionReason,
      String moved) {

    static MergeView of(PersonMerge m) {
      return new MergeView(m.getId(), m.getSurvivingPersonId(), m.getMergedPersonId(), m.getReason(),
          m.getProposedBy(), m.getProposedAt(), m.getStatus(), m.getDecidedBy(), m.getDecidedAt(),
          m.getDecisionReason(), m.getMoved());
    }
  }

  /** Proposes merging {@code duplicatePersonId} into this record; a team manager decides. */
  @PostMapping("/api/people/{personId}/merges")
  @ResponseStatus(HttpStatus.CREATED)
  MergeView proposeMerge(HttpServletRequest request, @PathVariable UUID personId,
      @RequestBody Map<String, Object> body) {
    return MergeView.of(merges.propose(personId, body, Viewer.of(request)));
  }

  /** A team manager's decision: {@code approve}, and {@code decisionReason} when refusing. */
  @PostMapping("/api/people/{personId}/merges/{mergeId}/decision")
  MergeView decideMerge(HttpServletRequest request, @PathVariable UUID personId, @PathVariable UUID mergeId,
      @RequestBody Map<String, Object> body) {
    return MergeView.of(merges.decide(personId, mergeId, body, Viewer.of(request)));
  }

  /** Merges into or out of this record, oldest first. */
  @GetMapping("/api/people/{personId}/merges")
  List<MergeView> merges(HttpServletRequest request, @PathVariable UUID personId) {
    policy.read(personId, Viewer.of(request), AccessLog.READ_API);
    return mergeRecords.involving(personId).stream().map(MergeView::of).toList();
  }

  /** The person's death: their open work ends and a team manager is asked to close the case. */
  record DeathView(UUID personId, LocalDate dateOfDeath, String howKnown, String recordedBy, Instant recordedAt) {

    static DeathView of(PersonDeath d) {
      return new DeathView(d.getPersonId(), d.getDateOfDeath(), d.getHowKnown(), d.getRecordedBy(), d.getRecordedAt());
    }
  }

  @PostMapping("/api/people/{personId}/death")
  @ResponseStatus(HttpStatus.CREATED)
  DeathView recordDeath(HttpServletRequest request, @PathVariable UUID personId,
      @RequestBody Map<String, Object> body) {
    return DeathView.of(deaths.record(personId, body, Viewer.of(request)));
  }
}
