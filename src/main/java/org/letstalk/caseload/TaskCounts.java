package org.letstalk.caseload;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The open tasks of many cases or many workers at once (the engine's, counted in the flow package). */
public interface TaskCounts {

  /** By person, the open tasks of every process about them; a person with none is absent. */
  Map<UUID, TaskCount> aboutPeople(Collection<UUID> people, Instant now);

  /** By worker, the open tasks assigned to them; a worker with none is absent. */
  Map<String, TaskCount> assignedTo(Collection<String> workers, Instant now);
}
