package org.letstalk.record;

import java.util.Set;
import java.util.UUID;

/**
 * One line in a summary section of the record, e.g. "Let's Talk 2 crisis plan, review due 3 March".
 *
 * @param action a form the record page offers beside the line, or null
 */
public record SummaryItem(RecordSection section, String label, String detail, Set<String> visibleTo, Action action) {

  /** A form the page offers beside a summary line: which one ({@code form}) and the record it acts on. */
  public record Action(String form, UUID subject) {

    /** Ask for an early review of the plan in force. */
    public static final String EARLY_REVIEW = "early-review";

    /** Open a document made for the person (its PDF). */
    public static final String DOCUMENT = "document";
  }

  public SummaryItem {
    visibleTo = visibleTo == null ? Visibility.EVERYONE : Set.copyOf(visibleTo);
  }

  public SummaryItem(RecordSection section, String label, String detail, Set<String> visibleTo) {
    this(section, label, detail, visibleTo, null);
  }
}
