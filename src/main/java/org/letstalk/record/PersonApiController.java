package org.letstalk.record;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.person.Person;
import org.letstalk.record.flow.NoteDeletions;
import org.letstalk.validation.FormInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
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

  PersonApiController(PersonRecords records, PersonSearch search, CaseNotes notes, NoteDeletions deletions,
      AccessLog accessLog) {
    this.records = records;
    this.search = search;
    this.notes = notes;
    this.deletions = deletions;
    this.accessLog = accessLog;
  }

  @GetMapping("/api/people")
  List<Map<String, Object>> search(HttpServletRequest request,
      @RequestParam Map<String, String> params) {
    return search.find(PersonSearch.Criteria.from(params), Viewer.of(request)).stream().map(PersonApiController::person)
        .toList();
  }

  @GetMapping("/api/people/{personId}")
  Map<String, Object> record(HttpServletRequest request,
      @PathVariable UUID personId) {
    PersonRecord record = records.read(personId, Viewer.of(request), AccessLog.READ_API);
    Map<String, Object> view = person(record.person());
    Map<String, Object> sections = new LinkedHashMap<>();
    record.sections().forEach((section, items) -> sections.put(section.name(), items));
    view.put("sections", sections);
    view.put("timeline", record.timeline());
    return view;
  }

  @PostMapping("/api/people/{personId}/notes")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> addNote(HttpServletRequest request,
      @PathVariable UUID personId, @RequestBody Map<String, Object> body) {
    return note(notes.add(personId, FormInput.read(body, NoteContent::read), Viewer.of(request)));
  }

  @PostMapping("/api/people/{personId}/notes/{noteId}/versions")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> correctNote(HttpServletRequest request,
      @PathVariable UUID personId, @PathVariable UUID noteId, @RequestBody Map<String, Object> body) {
    NoteForms.Correction correction = NoteForms.correction(body);
    return note(notes.correct(personId, noteId, correction.content(), correction.reason(), Viewer.of(request)));
  }

  @PostMapping("/api/people/{personId}/notes/{noteId}/deletion-requests")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> requestDeletion(HttpServletRequest request,
      @PathVariable UUID personId, @PathVariable UUID noteId, @RequestBody Map<String, Object> body) {
    return deletion(deletions.request(personId, noteId, NoteForms.deletionReason(body), Viewer.of(request)));
  }

  @PostMapping("/api/note-deletion-requests/{requestId}/decision")
  Map<String, Object> decideDeletion(HttpServletRequest request,
      @PathVariable UUID requestId, @RequestBody Map<String, Object> body) {
    return deletion(deletions.decide(requestId, NoteForms.deletionDecision(body), Viewer.of(request)));
  }

  @GetMapping("/api/access-log")
  List<RecordAccess> accessLog(HttpServletRequest request,
      @RequestParam UUID personId) {
    return accessLog.entriesFor(personId, Viewer.of(request));
  }

  private static Map<String, Object> person(Person p) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", p.getId());
    view.put("givenName", p.getGivenName());
    view.put("familyName", p.getFamilyName());
    view.put("dateOfBirth", p.getDateOfBirth());
    view.put("nhsNumber", p.getNhsNumber());
    view.put("postcode", p.getPostcode());
    view.put("address", p.getAddress());
    view.put("phone", p.getPhone());
    view.put("preferredLanguage", p.getPreferredLanguage());
    view.put("communicationNeeds", p.getCommunicationNeeds());
    view.put("page", "/people/" + p.getId());
    return view;
  }

  private static Map<String, Object> note(CaseNote n) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("noteId", n.getNoteId());
    view.put("version", n.getNoteVersion());
    view.put("date", n.getNoteDate());
    view.put("kind", n.getKind());
    view.put("category", n.getCategory());
    view.put("evidence", n.getEvidence());
    view.put("text", n.getText());
    view.put("writtenBy", n.getWrittenBy());
    return view;
  }

  private static Map<String, Object> deletion(NoteDeletion d) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", d.getId());
    view.put("noteId", d.getNoteId());
    view.put("status", d.getStatus());
    view.put("reason", d.getReason());
    view.put("requestedBy", d.getRequestedBy());
    view.put("decidedBy", d.getDecidedBy());
    view.put("decisionReason", d.getDecisionReason());
    return view;
  }
}
