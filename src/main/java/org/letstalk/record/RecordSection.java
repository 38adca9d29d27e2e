package org.letstalk.record;

/** The summary sections at the top of a person's record, in page order, filled by {@link SummarySource} beans. */
public enum RecordSection {
  ALLOCATION("Allocated worker and team"),
  OPEN_INVOLVEMENT("Involvement: stage and dates"),
  ACTIVE_PLANS("Plan in force and next review"),
  OPEN_TASKS("Open tasks about this person"),
  CARERS("Carers and people cared for"),
  DOCUMENTS("Documents made for the person");

  private final String heading;

  RecordSection(String heading) {
    this.heading = heading;
  }

  public String heading() {
    return heading;
  }
}
