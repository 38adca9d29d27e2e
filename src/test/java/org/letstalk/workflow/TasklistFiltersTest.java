package org.letstalk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.time.Instant;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.conversation.ConversationFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The worklists every worker starts from: my tasks, my team's tasks, overdue. */
@PostgresTest
class TasklistFiltersTest extends ProcessTestSupport {

  @Autowired
  FilterService filters;

  @Autowired
  TasklistFilters bootstrap;

  @Autowired
  AuthorizationService authorizations;

  Filter filter(String name) {
    return filters.createFilterQuery().filterName(name).singleResult();
  }

  @Test
  void theFiltersAreCreatedOnceAndShowEachWorkerTheirOwnTeamsAndOverdueTasks() {
    bootstrap.onReady(null);
    for (String name : List.of("My tasks", "My team's tasks", "Overdue")) {
      assertThat(filters.createFilterQuery().filterName(name).count()).as(name).isOne();
    }

    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 7, 9, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
    ProcessInstance contact = startContact("frontdoor", ConversationFixtures.contactAbout("Kit"));
    complete("frontdoor", contact, "Task_DecideContactOutcome", ConversationFixtures.crisisFor("practitioner"));
    String personId = (String) historicVariable(contact, "personId");
    Task crisis = taskService.createTaskQuery().processInstanceBusinessKey(personId)
        .taskDefinitionKey("Task_HoldLetsTalk2").singleResult();

    assertThat(as("practitioner", () -> filters.<Task>list(filter("My tasks").getId())))
        .extracting(Task::getId).contains(crisis.getId());
    assertThat(as("senior", () -> filters.<Task>list(filter("My tasks").getId())))
        .extracting(Task::getId).doesNotContain(crisis.getId());
    assertThat(as("senior", () -> filters.<Task>list(filter("My team's tasks").getId())))
        .extracting(Task::getId).as("a colleague in the team sees the team's work").contains(crisis.getId());
    assertThat(as("practitioner2", () -> filters.<Task>list(filter("My team's tasks").getId())))
        .extracting(Task::getId).as("another team does not").doesNotContain(crisis.getId());
    assertThat(as("practitioner", () -> filters.<Task>list(filter("Overdue").getId())))
        .extracting(Task::getId).doesNotContain(crisis.getId());

    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 7, 17, 30).atZone(ZoneId.of("Europe/London")).toInstant()));
    assertThat(as("practitioner", () -> filters.<Task>list(filter("Overdue").getId())))
        .extracting(Task::getId).as("a same-day crisis not started by close of business").contains(crisis.getId());
  }

  /** The names of the tasks {@code userId} sees in the filter, top first. */
  List<String> listed(String userId, String filterName) {
    return as(userId, () -> filters.<Task>list(filter(filterName).getId())).stream().map(Task::getName).toList();
  }

  @Test
  void everySharedFilterListsTheMostUrgentFirstThenTheSoonestDue() {
    bootstrap.onReady(null);
    UrgentWorkFixtures work = UrgentWorkFixtures.create(identity, authorizations, taskService, Instant.now());

    for (String name : List.of("My tasks", "My team's tasks", "Overdue")) {
      assertThat(listed(work.user, name)).as(name).containsExactlyElementsOf(work.mostUrgentFirst);
      assertThat(listed(work.user, name).get(0)).as("an overdue safeguarding decision tops " + name)
          .startsWith("Overdue safeguarding decision");
    }
  }

  @Test
  void aFilterSavedByAnEarlierReleaseIsBroughtUpToDate() {
    bootstrap.onReady(null);
    Filter overdue = filter("Overdue");
    overdue.setQuery(taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    overdue.setProperties(java.util.Map.of("priority", 0, "description", "Tasks I can see that are past their due date",
        "refresh", true));
    filters.saveFilter(overdue);
    UrgentWorkFixtures work = UrgentWorkFixtures.create(identity, authorizations, taskService, Instant.now());
    assertThat(listed(work.user, "Overdue").get(0)).as("as an earlier release sorted: by due date only")
        .startsWith("Check in with");

    bootstrap.onReady(null);

    assertThat(filters.createFilterQuery().filterName("Overdue").count()).isOne();
    assertThat(listed(work.user, "Overdue")).containsExactlyElementsOf(work.mostUrgentFirst);
  }
}
