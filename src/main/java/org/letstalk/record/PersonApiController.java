package org.letstalk.record;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.record.RecordViews.DeletionView;
import org.letstalk.record.RecordViews.DetailChangeView;
import org.letstalk.record.RecordViews.NoteView;
import org.letstalk.record.RecordViews.PersonRecordView;
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
  private final RecordUpkeep upkeep;

  PersonApiController(PersonRecords records, PersonSearch search, CaseNotes notes, NoteDeletions deletions,
      AccessLog accessLog, RecordUpkeep upkeep) {
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

  @GetMapping("/api/people/{personId}")
  PersonRecordView record(HttpServletRequest request, @PathVariable UUID personId) {
    PersonRecord record = records.read(personId, Viewer.of(request), AccessLog.READ_API);
    Map<String, List<SummaryItem>> sections = new LinkedHashMap<>();
    record.sections().forEach((section, items) -> sections.put(section.name(), items));
    return new PersonRecordView(PersonView.of(record.person()), sections, record.timeline());
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
    return upkeep.changeDetails(personId, body, Viewer.of(request)).stream().map(DetailChangeView::of).toList();
  }

  /** Every change to the person's details, oldest first: who, when, the value before and after. */
  @GetMapping("/api/people/{personId}/details/history")
  List<DetailChangeView> detailsHistory(HttpServletRequest request, @PathVariable UUID personId) {
    records.read(personId, Viewer.of(request), AccessLog.READ_API);
    return upkeep.history(personId).stream().map(DetailChangeView::of).toList();
  }

  @GetMapping("/api/access-log")
  List<RecordAccess> accessLog(HttpServletRequest request, @RequestParam UUID personId) {
    return accessLog.entriesFor(personId, Viewer.of(request));
  }
}
