package org.letstalk.record;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.letstalk.contact.ProportionateAssessment.Outcome;
import org.letstalk.contact.ProportionateAssessments;
import org.letstalk.contact.ProportionateAssessments.Recorded;
import org.springframework.stereotype.Component;

/**
 * Wales: each proportionate assessment after advice or assistance [W ¶71] on the record. The summary shows its date
 * and outcome beside the case's stage, newest first; the chronology adds what matters to the person and the five
 * elements it recorded [W ¶37-42, ¶78], or the refusal and what the council made of it [W ¶124-130].
 */
@Component
class ProportionateAssessmentRecord implements SummarySource, TimelineSource {

  private final ProportionateAssessments assessments;

  ProportionateAssessmentRecord(ProportionateAssessments assessments) {
    this.assessments = assessments;
  }

  @Override
  public List<SummaryItem> itemsFor(UUID personId, Viewer viewer) {
    List<SummaryItem> items = new ArrayList<>();
    for (Recorded a : assessments.of(personId)) {
      items.add(0, new SummaryItem(RecordSection.OPEN_INVOLVEMENT,
          "Proportionate assessment on " + Words.date(a.assessedAt()), outcome(a.outcome()), Visibility.EVERYONE));
    }
    return items;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (Recorded a : assessments.of(personId)) {
      List<String> details = new ArrayList<>();
      details.add(Words.line("What matters, in their own words", a.whatMatters()));
      details.add(Words.line("Circumstances", a.circumstances()));
      details.add(Words.line("Personal outcomes", a.personalOutcomes()));
      details.add(Words.line("What stands in the way", a.barriers()));
      details.add(Words.line("Risks", a.risks()));
      details.add(Words.line("Strengths and capabilities", a.strengthsAndCapabilities()));
      details.add(Words.line("What the person said", a.refusalNotes()));
      details.add(Words.line("Why", a.outcomeReason()));
      entries.add(new TimelineEntry(a.assessedAt(), EntryKind.CONVERSATION, title(a.outcome()), details,
          a.assessedBy(), Visibility.EVERYONE, null));
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.CONVERSATION);
  }

  private static String title(Outcome outcome) {
    return "Proportionate assessment: " + outcome(outcome);
  }

  private static String outcome(Outcome outcome) {
    return switch (outcome) {
      case NEEDS_MET -> "the advice or assistance meets what matters";
      case CARE_AND_SUPPORT -> "care and support may be needed, a Let's Talk 1 follows";
      case REFUSED -> "the person refused, and the refusal stands";
      case ASSESS_DESPITE_REFUSAL -> "the person refused, but must still be assessed";
    };
  }
}
