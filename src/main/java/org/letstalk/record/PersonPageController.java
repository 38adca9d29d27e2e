package org.letstalk.record;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonChange;
import org.letstalk.record.flow.NoteDeletions;
import org.letstalk.security.FormToken;
import org.letstalk.team.Teams;
import org.letstalk.validation.FormInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The person's record and search as pages; Thymeleaf escapes every value written into them. */
@Controller
class PersonPageController {

  private final PersonRecords records;
  private final PersonSearch search;
  private final CaseNotes notes;
  private final NoteDeletions deletions;
  private final Alerts alerts;
  private final RecordUpkeep upkeep;
  private final RecordPolicy policy;
  private final RecordRestrictions restrictions;
  private final Teams teams;

  PersonPageController(PersonRecords records, PersonSearch search, CaseNotes notes, NoteDeletions deletions,
      Alerts alerts, RecordUpkeep upkeep, RecordPolicy policy, RecordRestrictions restrictions, Teams teams) {
    this.teams = teams;
    this.alerts = alerts;
    this.upkeep = upkeep;
    this.records = records;
    this.search = search;
    this.notes = notes;
    this.deletions = deletions;
    this.policy = policy;
    this.restrictions = restrictions;
  }

  @GetMapping("/people")
  String search(HttpServletRequest request,
      @RequestParam Map<String, String> params, Model model) {
    policy.requireSearch(Viewer.of(request));
    model.addAttribute("params", params);
    boolean asked = params.values().stream().anyMatch(v -> v != null && !v.isBlank());
    if (asked) {
      List<Person> found = search.find(PersonSearch.Criteria.from(params), Viewer.of(request));
      model.addAttribute("found", found);
      model.addAttribute("alerts", found.stream().collect(Collectors.toMap(p -> p.getId().toString(),
          p -> alerts.inForce(p.getId()).stream().map(a -> a.getKind().label()).collect(Collectors.joining(", ")))));
    }
    return "people/search";
  }

  @GetMapping("/people/{personId}")
  String record(HttpServletRequest request, @PathVariable UUID personId,
      @RequestParam Map<String, String> params, Model model) {
    Viewer viewer = Viewer.of(request);
    ChronologyQuery query = ChronologyQuery.from(params);
    PersonRecord record = records.read(personId, viewer, query, AccessLog.READ_PAGE);
    model.addAttribute("record", record);
    model.addAttribute("person", record.person());
    model.addAttribute("noteKinds", NoteKind.values());
    model.addAttribute("noteCategories", NoteCategory.values());
    model.addAttribute("mayDecideDeletions",
        viewer.isIn(Groups.TEAM_MANAGERS) || viewer.isIn(Groups.SERVICE_MANAGERS));
    model.addAttribute("viewer", viewer);
    model.addAttribute("query", query);
    model.addAttribute("entryKinds", EntryKind.values());
    model.addAttribute("alertKinds", AlertKind.values());
    model.addAttribute("mayManageAlerts", viewer.isIn(Groups.TEAM_MANAGERS));
    // A team manager moves an open case to another team and worker (involvement.flow.CaseTransferController).
    boolean mayTransfer = viewer.isIn(Groups.TEAM_MANAGERS)
        && record.sections().getOrDefault(RecordSection.ALLOCATION, List.of()).size() > 0;
    model.addAttribute("mayTransfer", mayTransfer);
    model.addAttribute("teams", mayTransfer ? teams.all() : List.of());
    model.addAttribute("restriction", restrictions.onRecord(personId).orElse(null));
    model.addAttribute("mayRestrict", policy.mayRestrict(viewer));
    model.addAttribute("restrictableGroups", RecordPolicy.restrictableGroups().stream()
        .collect(Collectors.toMap(g -> g, Groups::displayName, (a, b) -> a, java.util.TreeMap::new)));
    model.addAttribute("formToken", FormToken.of(request.getSession(true)));
    model.addAttribute("formTokenName", FormToken.PARAMETER);
    model.addAttribute("shortIds", record.currentNotes().stream()
        .collect(Collectors.toMap(n -> n.getNoteId().toString(), n -> CaseNoteTimeline.shortId(n.getNoteId()))));
    model.addAttribute("mayKeepDetails", RecordUpkeep.KEEP_DETAILS.stream().anyMatch(viewer::isIn));
    model.addAttribute("detailFields", DetailFields.of(record.person()));
    model.addAttribute("reportedDetails", DetailFields.reported(record.person()));
    model.addAttribute("upkeepNotices", upkeep.notices(personId));
    // A record merged into another is kept for old links only; a death is recorded once.
    boolean current = record.person().getMergedInto() == null;
    model.addAttribute("mayRecordDeath", current && record.person().getDateOfDeath() == null
        && RecordUpkeep.RECORD_DEATH.stream().anyMatch(viewer::isIn));
    model.addAttribute("mayProposeMerge", current && RecordUpkeep.PROPOSE_MERGE.stream().anyMatch(viewer::isIn));
    model.addAttribute("detailChanges", upkeep.namedHistory(personId).stream()
        .map(named -> {
          PersonChange c = named.change();
          return DetailFields.label(c.getField()) + " changed by " + named.changedByName() + " on "
              + Words.date(c.getChangedAt()) + ": was " + DetailFields.words(c.getField(), c.getOldValue())
              + ", now " + DetailFields.words(c.getField(), c.getNewValue());
        })
        .toList());
    return "people/record";
  }

  @PostMapping("/people/{personId}/alerts")
  String addAlert(HttpServletRequest request, @PathVariable UUID personId, @RequestParam Map<String, String> form) {
    AlertRequest alert = FormInput.read(form, in -> new AlertRequest(in.requiredChoice("kind", AlertKind.class),
        in.requiredText("detail", 1000)));
    alerts.add(personId, alert.kind(), alert.detail(), Viewer.of(request));
    return "redirect:/people/" + personId;
  }

  @PostMapping("/people/{personId}/alerts/{alertId}/end")
  String endAlert(HttpServletRequest request, @PathVariable UUID personId, @PathVariable UUID alertId,
      @RequestParam Map<String, String> form) {
    alerts.end(personId, alertId, FormInput.read(form, in -> in.requiredText("reason", 1000)), Viewer.of(request));
    return "redirect:/people/" + personId;
  }

  @PostMapping("/people/{personId}/details")
  String changeDetails(HttpServletRequest request, @PathVariable UUID personId,
      @RequestParam Map<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>(form);
    values.remove(FormToken.PARAMETER);
    upkeep.changeDetails(personId, values, Viewer.of(request));
    return "redirect:/people/" + personId;
  }

  @PostMapping("/people/{personId}/notes")
  String addNote(HttpServletRequest request, @PathVariable UUID personId,
      @RequestParam Map<String, String> form) {
    notes.add(personId, FormInput.read(form, NoteContent::read), Viewer.of(request));
    return "redirect:/people/" + personId;
  }

  @PostMapping("/people/{personId}/notes/{noteId}/versions")
  String correctNote(HttpServletRequest request,
      @PathVariable UUID personId, @PathVariable UUID noteId, @RequestParam Map<String, String> form) {
    NoteForms.Correction correction = NoteForms.correction(form);
    notes.correct(personId, noteId, correction.content(), correction.reason(), Viewer.of(request));
    return "redirect:/people/" + personId;
  }

  @PostMapping("/people/{personId}/notes/{noteId}/deletion-requests")
  String requestDeletion(HttpServletRequest request,
      @PathVariable UUID personId, @PathVariable UUID noteId, @RequestParam Map<String, String> form) {
    deletions.request(personId, noteId, NoteForms.deletionReason(form), Viewer.of(request));
    return "redirect:/people/" + personId;
  }

  @PostMapping("/people/{personId}/note-deletions/{requestId}")
  String decideDeletion(HttpServletRequest request,
      @PathVariable UUID personId, @PathVariable UUID requestId, @RequestParam Map<String, String> form) {
    deletions.decide(requestId, NoteForms.deletionDecision(form), Viewer.of(request));
    return "redirect:/people/" + personId;
  }
}
