package org.letstalk.record.flow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.letstalk.identity.Workers;
import org.letstalk.record.RecordSection;
import org.letstalk.record.SummaryItem;
import org.letstalk.record.SummarySource;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.letstalk.workflow.Workflow;
import org.letstalk.workflow.Workflow.TaskAbout;
import org.springframework.stereotype.Component;

/**
 * The open tasks about the person, with their due dates and who holds them by name (or the teams that may take
 * them). A safeguarding process's tasks show only to those who may read safeguarding detail, so nobody else can
 * tell a concern exists.
 */
@Component
class OpenTasksSummary implements SummarySource {

  /** The process whose very existence is safeguarding detail. */
  static final String SAFEGUARDING_PROCESS = "safeguarding-concern";

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
      .withZone(ZoneId.of("Europe/London"));

  private final Workflow workflow;
  private final Workers workers;

  OpenTasksSummary(Workflow workflow, Workers workers) {
    this.workflow = workflow;
    this.workers = workers;
  }

  @Override
  public List<SummaryItem> itemsFor(UUID personId, Viewer viewer) {
    List<TaskAbout> open = workflow.openTasksAbout(personId.toString());
    Map<String, String> names = workers.namesOf(open.stream().map(TaskAbout::assignee).toList());
    List<SummaryItem> items = new ArrayList<>();
    for (TaskAbout task : open) {
      String holder = task.assignee() != null ? "held by " + names.get(task.assignee())
          : task.candidateGroups().isEmpty() ? "not yet taken"
          : "waiting for " + String.join(" or ", task.candidateGroups().stream().map(workers::queueName).toList());
      String due = task.due() == null ? "no due date" : "due " + DUE.format(task.due().toInstant());
      items.add(new SummaryItem(RecordSection.OPEN_TASKS, task.name(), due + ", " + holder,
          SAFEGUARDING_PROCESS.equals(task.processKey()) ? Visibility.SAFEGUARDING : Visibility.EVERYONE));
    }
    return items;
  }
}
