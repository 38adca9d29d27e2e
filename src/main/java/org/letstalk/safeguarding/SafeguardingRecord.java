package org.letstalk.safeguarding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.letstalk.record.EntryKind;
import org.letstalk.record.TimelineEntry;
import org.letstalk.record.TimelineSource;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.letstalk.record.Words;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safeguarding concerns about the person, their decisions and s42 enquiries, in the chronology of those who may read
 * safeguarding detail [T 3.11]; for everyone else the source gives nothing, so nobody else can tell a concern exists.
 */
@Component
@Transactional(readOnly = true)
class SafeguardingRecord implements TimelineSource {

  private final SafeguardingConcernRepository concerns;
  private final SafeguardingEnquiryRepository enquiries;

  SafeguardingRecord(SafeguardingConcernRepository concerns, SafeguardingEnquiryRepository enquiries) {
    this.concerns = concerns;
    this.enquiries = enquiries;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    if (!viewer.maySee(Visibility.SAFEGUARDING)) {
      return List.of();
    }
    List<TimelineEntry> entries = new ArrayList<>();
    List<SafeguardingConcern> raised = concerns.findByPersonIdOrderByRaisedAt(personId);
    // Every concern's enquiry in one query, not one a concern.
    Map<UUID, SafeguardingEnquiry> enquiryOf = raised.isEmpty() ? Map.of()
        : enquiries.findByConcernIdIn(raised.stream().map(SafeguardingConcern::getId).toList()).stream()
            .collect(Collectors.toMap(SafeguardingEnquiry::getConcernId, e -> e));
    for (SafeguardingConcern c : raised) {
      String link = "/api/safeguarding-concerns/" + c.getId();
      entries.add(new TimelineEntry(c.getRaisedAt(), EntryKind.SAFEGUARDING, "Safeguarding concern raised",
          List.of(c.getDescription(), Words.line("Kind of abuse", Words.of(c.getAbuseType())),
              Words.line("Alleged to be by", c.getAllegedPersonName() == null ? null
                  : c.getAllegedPersonName() + (c.getAllegedPersonRelationship() == null ? ""
                      : " (" + c.getAllegedPersonRelationship() + ")")),
              c.isImmediateDanger() ? "In immediate danger" : "",
              Words.line("Emergency action", c.getEmergencyAction()),
              Words.line("What the person wants", c.getPersonWants()),
              Words.line("Raised by", c.getRaisedByExternal())),
          c.getRaisedBy(), Visibility.SAFEGUARDING, null, link));
      if (c.getDecidedAt() != null) {
        entries.add(new TimelineEntry(c.getDecidedAt(), EntryKind.SAFEGUARDING,
            "Safeguarding decision: " + Words.of(c.getRoute()),
            List.of(Words.line("Why", c.getDecisionReason()),
                Boolean.FALSE.equals(c.getDecidedInTime()) ? "Decided after its deadline" : ""),
            c.getDecidedBy(), Visibility.SAFEGUARDING, null, link));
      }
      SafeguardingEnquiry enquiry = enquiryOf.get(c.getId());
      if (enquiry != null) {
        entries.add(enquiry(enquiry, link));
      }
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.SAFEGUARDING);
  }

  private static TimelineEntry enquiry(SafeguardingEnquiry e, String link) {
    return new TimelineEntry(e.getConcludedAt() != null ? e.getConcludedAt() : e.getDiscussionRecordedAt(),
        EntryKind.SAFEGUARDING, e.getConcludedAt() != null ? "s42 enquiry concluded" : "s42 enquiry under way",
        List.of(Words.line("Meeting", Words.of(e.getMeetingKind()) + " on " + Words.date(e.getMeetingHeldOn())),
            Words.line("Notes", e.getMeetingNotes()),
            Words.line("Outcomes the person wants", e.getOutcomesPersonWants()),
            Words.line("Actions taken", e.getActionsTaken()),
            Words.line("Findings", e.getFindings()),
            Words.line("Protection plan", e.getProtectionPlan()),
            Words.line("Outcomes met", Words.of(e.getMspOutcome())),
            Words.line("Risk", Words.of(e.getRiskOutcome())),
            Words.line("Conclusion", e.getConclusion())),
        e.getConcludedAt() != null ? e.getConcludedBy() : e.getDiscussionBy(), Visibility.SAFEGUARDING, null, link);
  }
}
