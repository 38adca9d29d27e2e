package org.letstalk.involvement;

import java.time.Clock;
import java.util.Optional;
import org.letstalk.store.Idempotent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decisions taken in a person's involvement, each with its rationale [N 5.2], keyed by the task that took it. */
@Service
@Transactional
public class Decisions {

  private final DecisionRepository decisions;
  private final Clock clock;

  public Decisions(DecisionRepository decisions, Clock clock) {
    this.decisions = decisions;
    this.clock = clock;
  }

  /** A decision with what was decided, why, and why the other options were not taken (when asked for). */
  public Decision record(String taskId, CaseContext context, String kind, String by, String what, String rationale,
      String alternatives) {
    return Idempotent.write(decisions, decisions.findByTaskId(taskId),
        () -> new Decision(taskId, context, kind, by, clock.instant(), what, rationale, alternatives));
  }

  @Transactional(readOnly = true)
  public Optional<Decision> takenIn(String taskId) {
    return decisions.findByTaskId(taskId);
  }
}
