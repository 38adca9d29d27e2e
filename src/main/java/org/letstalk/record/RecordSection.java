package org.letstalk.record;

/** The summary sections at the top of a person's record, filled by {@link SummarySource} beans. */
public enum RecordSection {
  CARERS("Carers and people cared for"),
  OPEN_INVOLVEMENT("Open involvement and who holds it"),
  ACTIVE_PLANS("Active plans and next review"),
  DOCUMENTS("Documents made for the person");

  private final String heading;

  RecordSection(String heading) {
    this.heading = heading;
  }

  public String heading() {
    return heading;
  }
}
