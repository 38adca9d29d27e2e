package org.letstalk.record;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.person.Language;
import org.letstalk.person.Person;
import org.letstalk.person.PersonChange;

/** What the person's record API answers. */
final class RecordViews {

  private RecordViews() {
  }

  /** A person as the API shows them, with the address of their record page. */
  record PersonView(UUID id, String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber,
      String postcode, String address, String phone, String preferredLanguage, Language language,
      String communicationNeeds, String page, String title, String preferredName, String email,
      Boolean consentToShare, String statedGender, String phenotypicSex, String ethnicCategory,
      String primarySupportReason, String gpPractice, String mainLanguage, Boolean interpreterNeeded) {

    static PersonView of(Person p) {
      return new PersonView(p.getId(), p.getGivenName(), p.getFamilyName(), p.getDateOfBirth(), p.getNhsNumber(),
          p.getPostcode(), p.getAddress(), p.getPhone(), p.getPreferredLanguage(), p.getLanguage(),
          p.getCommunicationNeeds(), "/people/" + p.getId(), p.getTitle(), p.getPreferredName(), p.getEmail(),
          p.getConsentToShare(), p.getStatedGender(), p.getPhenotypicSex(), p.getEthnicCategory(),
          p.getPrimarySupportReason(), p.getGpPractice(), p.getMainLanguage(), p.getInterpreterNeeded());
    }
  }

  /**
   * The summary of a person's record: who they are, the alerts in force, the summary by section, and where the
   * chronology is read.
   */
  record PersonSummaryView(@JsonUnwrapped PersonView person, List<AlertView> alerts,
      Map<RecordSection, List<SummaryLine>> sections, String chronology) {

    static PersonSummaryView of(PersonSummary summary, Map<String, String> names) {
      Map<RecordSection, List<SummaryLine>> sections = new LinkedHashMap<>();
      summary.sections().forEach((section, items) -> sections.put(section, items.stream().map(SummaryLine::of).toList()));
      UUID id = summary.person().getId();
      return new PersonSummaryView(PersonView.of(summary.person()),
          summary.alerts().stream().map(a -> AlertView.of(a, names)).toList(), sections,
          "/api/people/" + id + "/chronology");
    }
  }

  /** A line of a summary section. */
  record SummaryLine(String label, String detail) {

    static SummaryLine of(SummaryItem item) {
      return new SummaryLine(item.label(), item.detail());
    }
  }

  record AlertView(UUID id, AlertKind kind, String label, String detail, String addedBy, Instant addedAt,
      String endedBy, Instant endedAt, String endReason) {

    static AlertView of(PersonAlert a, Map<String, String> names) {
      return new AlertView(a.getId(), a.getKind(), a.getKind().label(), a.getDetail(),
          names.getOrDefault(a.getAddedBy(), a.getAddedBy()), a.getAddedAt(),
          a.getEndedBy() == null ? null : names.getOrDefault(a.getEndedBy(), a.getEndedBy()), a.getEndedAt(),
          a.getEndReason());
    }
  }

  /**
   * A page of the chronology, newest first: the place it is counted from ({@code after}, null from the newest), its
   * number from there, and while there is a next page its address two ways: {@code next} goes on from where this page
   * ended (as quick however far in), {@code nextPage} is the next page number.
   */
  record ChronologyView(UUID personId, int page, int pageSize, String after, String next, String nextPage,
      List<ChronologyEntry> entries) {

    static ChronologyView of(ChronologyPage page) {
      ChronologyQuery query = page.query();
      String address = "/api/people/" + page.personId() + "/chronology";
      return new ChronologyView(page.personId(), query.page(), page.pageSize(),
          query.after() == null ? null : query.after().token(),
          page.hasNext() ? address + "?" + query.queryString(page.next()) : null,
          page.hasNext() ? address + "?" + query.page(query.page() + 1).queryString() : null, page.entries());
    }
  }

  /** One change to a person's details. */
  /** A change to the details: {@code changedBy} is the user id, {@code changedByName} the worker as colleagues know them. */
  record DetailChangeView(String field, String oldValue, String newValue, String changedBy, String changedByName,
      Instant changedAt) {

    static DetailChangeView of(PersonChange c, String changedByName) {
      return new DetailChangeView(c.getField(), c.getOldValue(), c.getNewValue(), c.getChangedBy(), changedByName,
          c.getChangedAt());
    }

    static DetailChangeView of(RecordUpkeep.NamedChange named) {
      return of(named.change(), named.changedByName());
    }
  }

  record NoteView(UUID noteId, int version, LocalDate date, NoteKind kind, NoteCategory category, String evidence,
      String text, String writtenBy) {

    static NoteView of(CaseNote n) {
      return new NoteView(n.getNoteId(), n.getNoteVersion(), n.getNoteDate(), n.getKind(), n.getCategory(),
          n.getEvidence(), n.getText(), n.getWrittenBy());
    }
  }

  record DeletionView(UUID id, UUID noteId, NoteDeletion.Status status, String reason, String requestedBy,
      String decidedBy, String decisionReason) {

    static DeletionView of(NoteDeletion d) {
      return new DeletionView(d.getId(), d.getNoteId(), d.getStatus(), d.getReason(), d.getRequestedBy(),
          d.getDecidedBy(), d.getDecisionReason());
    }
  }
}
