package org.letstalk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.review.flow.StartReviewCycle;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A review cycle lives as long as its plan, years, so it outlives the version of its model it started on. A
 * running cycle is moved to the model's next version (as an operator does in Cockpit) and carries on: the same
 * review waits at the same date, early requests and plan revisions still reach it, and its next review is
 * scheduled by the new version. The case file in the tables is untouched by the move.
 */
@PostgresTest
class ReviewCycleMigrationTest extends ProcessTestSupport {

  private static final ZonedDateTime AUTHORISED = LocalDateTime.of(2026, 3, 2, 10, 0).atZone(ZoneId.of("Europe/London"));

  @Autowired
  SupportPlans plans;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  PersonFinder people;

  @Autowired
  ReviewRepository reviews;

  @Test
  void aRunningReviewCycleMovesToTheNextVersionOfItsModelAndCarriesOn() throws IOException {
    ClockUtil.setCurrentTime(Date.from(AUTHORISED.toInstant()));
    SupportPlan plan = activePlan();
    ProcessInstance cycle = runtime.createProcessInstanceQuery()
        .processInstanceId(plan.getReviewProcessInstanceId()).singleResult();
    Date reviewComesUp = management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult()
        .getDuedate();

    Deployment next = engine.getRepositoryService().createDeployment().name("review-cycle, next version")
        .addString("review-cycle.bpmn", Files.readString(Path.of("processes/review-cycle.bpmn"))
            .replace("One review cycle per support plan, whatever its version", "One review cycle per support plan"))
        .deploy();
    try {
      ProcessDefinition nextVersion = engine.getRepositoryService().createProcessDefinitionQuery()
          .deploymentId(next.getId()).processDefinitionKey("review-cycle").singleResult();
      assertThat(nextVersion.getId()).isNotEqualTo(cycle.getProcessDefinitionId());
      MigrationPlan migration = runtime.createMigrationPlan(cycle.getProcessDefinitionId(), nextVersion.getId())
          .mapEqualActivities().updateEventTriggers().build();

      runtime.newMigration(migration).processInstanceIds(cycle.getId()).execute();

      ProcessInstance moved = runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).singleResult();
      assertThat(moved.getProcessDefinitionId()).isEqualTo(nextVersion.getId());
      assertThat(moved).isWaitingAt("Gateway_NextEvent");
      assertThat(management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult().getDuedate())
          .as("the review still comes up on the same day").isEqualTo(reviewComesUp);
      assertThat(runtime.createEventSubscriptionQuery().processInstanceId(cycle.getId()).list())
          .extracting(EventSubscription::getEventName)
          .containsExactlyInAnyOrder("EarlyReviewRequested", "support-plan-revised", "person-died",
              "plan-no-longer-in-force");

      advanceTimeAndRunDueJobs(reviewComesUp, moved);
      assertThat(task("Task_ReviewPlan", moved)).isNotNull();
      complete("practitioner", moved, "Task_ReviewPlan", noChange());

      assertThat(moved).isWaitingAt("Gateway_NextEvent");
      List<Review> all = reviews.findByPlanIdOrderBySequenceNo(plan.getId());
      assertThat(all).hasSize(2);
      assertThat(all.get(0).getOutcome()).isEqualTo(ReviewOutcome.NO_CHANGE);
      assertThat(all.get(1).getKind()).as("scheduled by the new version").isEqualTo(ReviewKind.SCHEDULED);
    } finally {
      engine.getRepositoryService().deleteDeployment(next.getId(), true);
    }
  }

  private SupportPlan activePlan() {
    String family = "Migrated" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    SupportPlan plan = plans.draft(people.create(new PersonDetails("Mo", family, null, null, null, null, null, null,
            null), false).getId(), PlanType.CARE_AND_SUPPORT, Delivery.DIRECT_PAYMENT, new BigDecimal("150.00"),
        "practitioner", "practitioners");
    plans.activate(plan.getId(), "teammanager");
    return reviewCycles.startFor(plan.getId());
  }

  private static Map<String, Object> noChange() {
    Map<String, Object> form = new HashMap<>();
    form.put("reviewOutcome", "NO_CHANGE");
    form.put("reviewFindings", "The morning calls are working");
    form.put("personTookPart", true);
    form.put("carerTookPart", false);
    return form;
  }
}
