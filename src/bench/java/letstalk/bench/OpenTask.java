package letstalk.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Where each benchmark open task goes: a team's queue, one in twenty assigned to the team's practitioner,
 * due between 20 days ago and 40 days ahead (a third overdue). Derived from the task's execution id, so the
 * queue and the assignee of one task agree.
 */
@Component("benchOpenTask")
public class OpenTask {

  public String team(DelegateExecution execution) {
    return InboxLatency.team(Math.floorMod(execution.getId().hashCode(), InboxLatency.TEAMS));
  }

  public String assignee(DelegateExecution execution) {
    int hash = execution.getId().hashCode();
    return Math.floorMod(hash / InboxLatency.TEAMS, 20) == 0
        ? InboxLatency.worker(Math.floorMod(hash, InboxLatency.TEAMS)) : null;
  }

  public Date due(DelegateExecution execution) {
    long minutes = Math.floorMod((long) execution.getId().hashCode() * 2654435761L, 60L * 1440) - 20L * 1440;
    return Date.from(Instant.now().plus(Duration.ofMinutes(minutes)));
  }
}
