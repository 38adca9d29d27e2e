package org.letstalk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
import org.letstalk.review.flow.ReviewCycleRepair;
import org.letstalk.review.flow.StartReviewCycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One review cycle per plan, and none for a plan no longer in force: a person who held two plans of one kind
 * before plans had versions kept both cycles after db/V31 marked the earlier plan superseded. The start-up repair
 * ends the superseded plan's cycle and leaves the one in force alone.
 */
@PostgresTest
class ReviewCycleRepairTest extends ProcessTestSupport {

  @Autowired
  SupportPlans plans;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  PersonFinder people;

  @Autowired
  ReviewCycleRepair repair;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theCycleOfAPlanSupersededByTheMigrationEndsAndThePlanInForceKeepsItsOwn() {
    UUID person = people.create(new PersonDetails("Ivy", "Repair" + Long.toString(
        ThreadLocalRandom.current().nextLong(1L << 40), 36), null, null, null, null, null, null, null), false).getId();
    SupportPlan earlier = activePlanFor(person);
    // As db/V31 left it: the earlier of two plans in force marked superseded, its cycle still running.
    jdbc.update("update support_plan set status = 'SUPERSEDED', superseded_at = authorised_at,"
        + " in_force_person_id = null, in_force_kind = null where id = ?", earlier.getId());
    SupportPlan later = activePlanFor(person);
    ProcessInstance earlierCycle = cycleOf(earlier);
    ProcessInstance laterCycle = cycleOf(later);
    assertThat(earlierCycle).isNotNull();

    assertThat(repair.repair()).isGreaterThanOrEqualTo(1);

    assertThat(earlierCycle).isEnded().hasPassed("EndEvent_PlanNoLongerInForce");
    assertThat(laterCycle).isActive();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("review-cycle")
        .variableValueEquals("personId", person.toString()).count()).as("one cycle, for the plan in force").isOne();
    assertThat(repair.repair()).as("nothing left to repair").isZero();
  }

  private SupportPlan activePlanFor(UUID person) {
    SupportPlan plan = plans.draft(person, PlanType.CARE_AND_SUPPORT, Delivery.DIRECT_PAYMENT,
        new BigDecimal("150.00"), "practitioner", "practitioners");
    plans.activate(plan.getId(), "teammanager");
    return reviewCycles.startFor(plan.getId());
  }

  private ProcessInstance cycleOf(SupportPlan plan) {
    return runtime.createProcessInstanceQuery().processInstanceId(plans.get(plan.getId()).getReviewProcessInstanceId())
        .singleResult();
  }
}
