package org.letstalk.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.identity.Workers;
import org.springframework.stereotype.Service;

/**
 * Reads of one record behind a chronology entry (a conversation, a crisis plan, a plan, a review, an authorisation
 * request) through the API: each asks the record policy and is logged on the person's record like every other read,
 * and names the workers by name.
 */
@Service
public class RecordReads {

  private final RecordPolicy policy;
  private final Workers workers;

  public RecordReads(RecordPolicy policy, Workers workers) {
    this.policy = policy;
    this.workers = workers;
  }

  /** One record as the API answers it: what it is, when, by whom, and its full content line by line. */
  public record RecordView(UUID id, UUID personId, String kind, String title, Instant at, String by,
      List<String> content) {

    public RecordView {
      content = content.stream().filter(line -> line != null && !line.isBlank()).toList();
    }
  }

  /** Reads this record of the person's as {@link RecordPolicy} allows: logged, or refused (403) with the refusal logged. */
  public void read(UUID personId, Viewer viewer, String kind) {
    policy.read(personId, viewer, "READ_" + kind);
  }

  /** Whether the viewer reads safeguarding detail, and so whether any exists. */
  public boolean maySeeSafeguarding(Viewer viewer) {
    return policy.maySeeSafeguarding(viewer);
  }

  public Map<String, String> namesOf(List<String> userIds) {
    return workers.namesOf(userIds);
  }

  public String nameOf(String userId) {
    return workers.nameOf(userId);
  }
}
