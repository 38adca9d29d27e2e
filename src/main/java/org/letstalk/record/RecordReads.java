package org.letstalk.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.identity.Workers;
import org.springframework.stereotype.Service;

/**
 * Reads of one record behind a chronology entry (a conversation, a crisis plan, a plan, a review, an authorisation
 * request) through the API: each is logged on the person's record like every other read, and names the workers by
 * name.
 */
@Service
public class RecordReads {

  private final AccessLog accessLog;
  private final Workers workers;

  public RecordReads(AccessLog accessLog, Workers workers) {
    this.accessLog = accessLog;
    this.workers = workers;
  }

  /** One record as the API answers it: what it is, when, by whom, and its full content line by line. */
  public record RecordView(UUID id, UUID personId, String kind, String title, Instant at, String by,
      List<String> content) {

    public RecordView {
      content = content.stream().filter(line -> line != null && !line.isBlank()).toList();
    }
  }

  /** Logs that the viewer read this record of the person's. */
  public void logged(UUID personId, Viewer viewer, String kind, UUID recordId) {
    accessLog.record(personId, viewer.userId(), "READ_" + kind, kind.toLowerCase() + " " + recordId);
  }

  public Map<String, String> namesOf(List<String> userIds) {
    return workers.namesOf(userIds);
  }

  public String nameOf(String userId) {
    return workers.nameOf(userId);
  }
}
