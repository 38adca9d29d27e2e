package org.letstalk.record;

import java.util.List;
import java.util.Map;
import org.letstalk.person.Person;

/**
 * What a viewer may see of a person's record on its page.
 *
 * @param summary       alerts and the summary sections
 * @param chronology    the page of the chronology asked for, newest first
 * @param openDeletions note deletions waiting for a manager
 */
public record PersonRecord(Person person, PersonSummary summary, ChronologyPage chronology,
    List<CaseNote> currentNotes, List<NoteDeletion> openDeletions) {

  public List<PersonAlert> alerts() {
    return summary.alerts();
  }

  public Map<RecordSection, List<SummaryItem>> sections() {
    return summary.sections();
  }
}
