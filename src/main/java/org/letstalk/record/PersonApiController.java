package org.letstalk.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.letstalk.identity.Workers;
import org.letstalk.person.PersonChange;
import org.letstalk.record.RecordViews.AlertView;
import org.letstalk.record.RecordViews.ChronologyView;
import org.letstalk.record.RecordViews.DeletionView;
import org.letstalk.record.RecordViews.DetailChangeView;
import org.letstalk.record.RecordViews.NoteView;
import org.letstalk.record.RecordViews.PersonSummaryView;
import org.letstalk.record.RecordViews.PersonView;
import org.letstalk.record.flow.NoteDeletions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The person's record, search, case notes and access log for other systems (HTTP basic, JSON). */
@RestController
class PersonApiController {

  private final PersonRecords records;
  private final PersonSearch search;
  private final CaseNotes notes;
  private final NoteDeletions deletions;
  private final AccessLog accessLog;
  private final Alerts alerts;
  private final Workers workers;
  private final RecordUpkeep upkeep;

  PersonApiController(PersonRecords records, PersonSearch search, CaseNotes notes, NoteDeletions deletions,
      AccessLog accessLog, Alerts alerts, Workers workers, RecordUpkeep upkeep) {
    this.alerts = alerts;
    this.workers = workers;
    this.upkeep = upkeep;
    this.records = records;
    this.search = search;
    this.notes = notes;
    this.deletions = deletions;
    this.accessLog = accessLog;
  }

  @GetMapping("/api/people")
  List<PersonView> search(HttpServletRequest request, @RequestParam Map<String, String> params) {
    return search.find(PersonSearch.Criteria.from(params), Viewer.of(request)).stream().map(PersonView::of).toList();
  }

  @Operation(summary = "The summary of a person's record",
      description = "Who they are, alerts in force, the allocated worker and team, the involvement's stage and dates,"
          + " the plan in force and its next review, open tasks and who holds them, carers and people cared for.")
  @GetMapping("/api/people/{personId}")
  PersonSummaryView summary(HttpServletRequest request, @PathVariable UUID personId) {
    PersonSummary summary = records.summary(personId, Viewer.of(request), AccessLog.READ_API);
    return PersonSummaryView.of(summary, workers.namesOf(summary.alerts().stream().map(PersonAlert::getAddedBy).toList()));
  }

  @Operation(summary = "A page of a person's chronology, newest first",
      description = "Every kind of entry the reader may see, filtered by kind (one or several, comma-separated) and"
          + " by date (each included); 25 entries a page unless `size` says (up to 100). Two ways on: `next` goes on"
          + " from where this page ended (it carries `after`), so a later page costs what the first does; `page=N`"
          + " asks for the Nth page (`nextPage` links to the next), counted from `after` when both are given, up to"
          + " 5,000 entries in. Entries recorded between two reads move later pages by number, never by `after`.")
  @GetMapping("/api/people/{personId}/chronology")
  ChronologyView chronology(HttpServletRequest request, @PathVariable UUID personId,
      @Parameter(description = "CONTACT, DECISION, CONVERSATION, CRISIS_PLAN, ELIGIBILITY, FINANCIAL_ASSESSMENT, PLAN,"
          + " REVIEW, AUTHORISATION, CARERS, CASE_NOTE, AUDIT, ALERT, SAFEGUARDING")
      @RequestParam(required = false) String kind,
      @Parameter(description = "first day, e.g. 2026-03-01") @RequestParam(required = false) String from,
      @Parameter(description = "last day, e.g. 2026-03-31") @RequestParam(required = false) String to,
      @Parameter(description = "where the page before ended, from its `next` link; none for the newest entries")
      @RequestParam(required = false) String after,
      @Parameter(description = "the page number, 1 the first (the default); counted from `after` if given")
      @RequestParam(required = false) String page,
      @Parameter(description = "entries a page, 1 to 100; 25 unless given") @RequestParam(required = false)
      String size) {
    Map<String, String> params = new HashMap<>();
    params.put("kind", kind);
    params.put("from", from);
    params.put("to", to);
    params.put("after", after);
    params.put("page", page);
    params.put("size", size);
    return ChronologyView.of(records.chronology(personId, Viewer.of(request), ChronologyQuery.from(params)));
  }

  @Operation(summary = "Every alert on a person's record, ended ones too, newest first")
  @GetMapping("/api/people/{personId}/alerts")
  List<AlertView> alerts(HttpServletRequest request, @PathVariable UUID personId) {
    List<PersonAlert> all = records.alerts(personId, Viewer.of(request));
    Map<String, String> names = workers.namesOf(all.stream()
        .flatMap(a -> Stream.of(a.getAddedBy(), a.getEndedBy())).toList());
    return all.stream().map(a -> AlertView.of(a, names)).toList();
  }

  @Operation(summary = "Add an alert (team managers)")
  @PostMapping("/api/people/{personId}/alerts")
  @ResponseStatus(HttpStatus.CREATED)
  AlertView addAlert(HttpServletRequest request, @PathVariable UUID personId, @Valid @RequestBody AlertRequest body) {
    PersonAlert alert = alerts.add(personId, body.kind(), body.detail(), Viewer.of(request));
    return AlertView.of(alert, workers.namesOf(List.of(alert.getAddedBy())));
  }

  @Operation(summary = "End an alert that no longer applies, saying why (team managers)")
  @PostMapping("/api/people/{personId}/alerts/{alertId}/end")
  AlertView endAlert(HttpServletRequest request, @PathVariable UUID personId, @PathVariable UUID alertId,
      @Valid @RequestBody AlertEnd body) {
    PersonAlert alert = alerts.end(personId, alertId, body.reason(), Viewer.of(request));
    return AlertView.of(alert, workers.namesOf(List.of(alert.getAddedBy(), alert.getEndedBy())));
  }

  @PostMapping("/api/people/{personId}/notes")
  @ResponseStatus(HttpStatus.CREATED)
  NoteView addNote(HttpServletRequest request, @PathVariable UUID personId, @Valid @RequestBody NoteRequest body) {
    return NoteView.of(notes.add(personId, body.content(), Viewer.of(request)));
  }

  @PostMapping("/api/people/{personId}/notes/{noteId}/versions")
  @ResponseStatus(HttpStatus.CREATED)
  NoteView correctNote(HttpServletRequest request, @PathVariable UUID personId, @PathVariable UUID noteId,
      @Valid @RequestBody NoteCorrection body) {
    return NoteView.of(notes.correct(personId, noteId, body.content(), body.correctionReason(), Viewer.of(request)));
  }

  @PostMapping("/api/people/{personId}/notes/{noteId}/deletion-requests")
  @ResponseStatus(HttpStatus.CREATED)
  DeletionView requestDeletion(HttpServletRequest request, @PathVariable UUID personId, @PathVariable UUID noteId,
      @Valid @RequestBody DeletionRequest body) {
    return DeletionView.of(deletions.request(personId, noteId, body.reason(), Viewer.of(request)));
  }

  @PostMapping("/api/note-deletion-requests/{requestId}/decision")
  DeletionView decideDeletion(HttpServletRequest request, @PathVariable UUID requestId,
      @Valid @RequestBody DeletionDecision body) {
    return DeletionView.of(deletions.decide(requestId, body.decision(), Viewer.of(request)));
  }

  /** Changes the details sent and only those; an empty value removes one. Answers the changes made. */
  @PatchMapping("/api/people/{personId}/details")
  List<DetailChangeView> changeDetails(HttpServletRequest request, @PathVariable UUID personId,
      @RequestBody Map<String, Object> body) {
    Viewer viewer = Viewer.of(request);
    List<PersonChange> made = upkeep.changeDetails(personId, body, viewer);
    String name = workers.nameOf(viewer.userId());
    return made.stream().map(c -> DetailChangeView.of(c, name)).toList();
  }

  /** Every change to the person's details, oldest first: who, when, the value before and after. */
  @GetMapping("/api/people/{personId}/details/history")
  List<DetailChangeView> detailsHistory(HttpServletRequest request, @PathVariable UUID personId) {
    records.requireRead(personId, Viewer.of(request), AccessLog.READ_API);
    return upkeep.namedHistory(personId).stream().map(DetailChangeView::of).toList();
  }

  @GetMapping("/api/access-log")
  List<RecordAccess> accessLog(HttpServletRequest request, @RequestParam UUID personId) {
    return accessLog.entriesFor(personId, Viewer.of(request));
  }
}
