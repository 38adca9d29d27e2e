package org.letstalk.safeguarding.flow;

import java.util.List;
import java.util.Map;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.workflow.Workflow;
import org.letstalk.workflow.Workflow.OpenTask;
import org.springframework.stereotype.Service;

/**
 * Concerns reported from outside the council through another system: the same process as Tasklist's start form,
 * by its own start event.
 */
@Service
public class ConcernsReported {

  private final Workflow workflow;
  private final Safeguarding safeguarding;

  public ConcernsReported(Workflow workflow, Safeguarding safeguarding) {
    this.workflow = workflow;
    this.safeguarding = safeguarding;
  }

  /** The concern as recorded, and the tasks it opened that the caller may see. */
  public record Reported(SafeguardingConcern concern, List<OpenTask> nextTasks) {
  }

  public Reported report(Map<String, ?> concern) {
    // Checked before the process starts so a bad request costs nothing; the process checks again.
    SafeguardingForms.raised(concern, true);
    String processInstanceId = workflow.startByMessage(SafeguardingVariables.REPORTED, null, concern);
    return new Reported(safeguarding.byProcess(processInstanceId), workflow.openTasks(processInstanceId));
  }
}
