package org.letstalk.audit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.letstalk.record.EntryKind;
import org.letstalk.record.TimelineEntry;
import org.letstalk.record.TimelineSource;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.letstalk.record.Words;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each completed strengths-based audit of this case in the chronology, with its grades and what follows. */
@Component
@Transactional(readOnly = true)
class AuditRecord implements TimelineSource {

  private final CaseAuditRepository audits;

  AuditRecord(CaseAuditRepository audits) {
    this.audits = audits;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (CaseAudit audit : audits.findByPersonId(personId)) {
      if (!audit.isCompleted()) {
        continue;
      }
      List<String> details = new ArrayList<>();
      details.add(grade(Principle.WELLBEING, audit.getWellbeing()));
      details.add(grade(Principle.KEEPING_SAFE, audit.getKeepingSafe()));
      details.add(grade(Principle.PROPORTIONALITY, audit.getProportionality()));
      details.add(grade(Principle.PARTNERSHIP, audit.getPartnership()));
      details.add(grade(Principle.ACCOUNTABILITY, audit.getAccountability()));
      details.add(grade(Principle.PREVENTION, audit.getPrevention()));
      details.add(grade(Principle.INFORMAL_CARERS, audit.getInformalCarers()));
      details.add(grade(Principle.SUPPORT_PLANNING, audit.getSupportPlanning()));
      details.add(Words.line("Commentary", audit.getCommentary()));
      details.add(Words.line("Good practice", audit.getGoodPractice()));
      details.add(Words.line("Areas for development", audit.getAreasForDevelopment()));
      details.add(Words.line("Follow-up agreed", audit.getFollowUpAction()));
      entries.add(new TimelineEntry(audit.getCompletedAt(), EntryKind.AUDIT, "Case audit: overall "
          + (audit.getOverallGrade() == null ? "not graded" : audit.getOverallGrade().label().toLowerCase()),
          details, audit.getAuditor(), Visibility.EVERYONE, null));
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.AUDIT);
  }

  private static String grade(Principle principle, Grade grade) {
    return grade == null ? "" : principle.label() + ": " + grade.label().toLowerCase();
  }
}
