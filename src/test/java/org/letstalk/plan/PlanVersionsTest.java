package org.letstalk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;
import org.letstalk.validation.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A plan has versions, and one is in force: at most one active plan per person and kind, kept by the schema
 * (support_plan_one_in_force); a revision is the next version of the same plan and supersedes the version in
 * force only when authorised, in one transaction; every version stays readable.
 */
@PostgresTest
class PlanVersionsTest {

  @Autowired
  SupportPlans plans;

  @Autowired
  SupportPlanRepository repository;

  @Autowired
  SupportPlanItemRepository items;

  @Autowired
  PersonFinder people;

  @Test
  void theDatabaseRefusesASecondPlanInForceOfOneKindButNotOneOfAnotherKind() {
    UUID person = person();
    inForce(person, PlanType.CARE_AND_SUPPORT, "150.00");
    SupportPlan second = repository.saveAndFlush(SupportPlan.draft(person, PlanType.RESIDENTIAL_CARE,
        Delivery.COUNCIL_ARRANGED, new BigDecimal("900.00"), "practitioner", "practitioners",
        java.time.Instant.now()));

    assertThatThrownBy(() -> plans.activate(second.getId(), "teammanager"))
        .isInstanceOf(DataIntegrityViolationException.class);

    inForce(person, PlanType.CARER_SUPPORT, "40.00");
    assertThat(plans.activeFor(person)).extracting(SupportPlan::getPlanType)
        .containsExactlyInAnyOrder(PlanType.CARE_AND_SUPPORT, PlanType.CARER_SUPPORT);
  }

  @Test
  void aRevisionIsTheNextVersionAndSupersedesTheVersionInForceOnlyWhenAuthorised() {
    UUID person = person();
    SupportPlan first = inForce(person, PlanType.CARE_AND_SUPPORT, "150.00");

    SupportPlan draft = plans.reviseInForce(person, PlanType.CARE_AND_SUPPORT, new BigDecimal("60.00"), null);

    assertThat(draft.getSeriesId()).isEqualTo(first.getId());
    assertThat(draft.getVersionNo()).isEqualTo(2);
    assertThat(plans.lines(draft.getId())).extracting(SupportPlanItem::getOutcome)
        .containsExactly("Washed and dressed each morning");
    assertThat(plans.current(first.getId()).getId()).as("until authorised (or when declined) the first is in force")
        .isEqualTo(first.getId());

    plans.activate(draft.getId(), "teammanager2");

    assertThat(plans.versions(first.getId()))
        .extracting(SupportPlan::getVersionNo, SupportPlan::getStatus, SupportPlan::getWeeklyCost,
            SupportPlan::getAuthorisedBy)
        .containsExactly(tuple(1, PlanStatus.SUPERSEDED, new BigDecimal("150.00"), "teammanager"),
            tuple(2, PlanStatus.ACTIVE, new BigDecimal("60.00"), "teammanager2"));
    assertThat(plans.versions(first.getId()).get(0).getSupersededAt()).isNotNull();
    assertThat(plans.activeFor(person)).singleElement().extracting(SupportPlan::getId).isEqualTo(draft.getId());
  }

  @Test
  void aRevisionOfASupersededVersionIsAConflictNamingThePlanAndNothingIsStored() {
    UUID person = person();
    SupportPlan first = inForce(person, PlanType.CARE_AND_SUPPORT, "150.00");
    SupportPlan second = plans.reviseInForce(person, PlanType.CARE_AND_SUPPORT, new BigDecimal("90.00"), null);
    plans.activate(second.getId(), "teammanager");
    long before = repository.count();

    assertThatThrownBy(() -> plans.revise(first.getId(), null, null, new BigDecimal("10.00"), null, false))
        .isInstanceOf(ConflictException.class).hasMessageContaining(first.getId().toString())
        .hasMessageContaining("version 2 is in force");
    assertThat(repository.count()).isEqualTo(before);
  }

  @Test
  void twoRevisionsOfOneVersionCannotBothBeAuthorised() {
    UUID person = person();
    SupportPlan first = inForce(person, PlanType.CARE_AND_SUPPORT, "150.00");
    SupportPlan fromReview = plans.revise(first.getId(), null, null, new BigDecimal("180.00"), null, false);
    SupportPlan fromFundingChange = plans.revise(first.getId(), null, null, new BigDecimal("50.00"), null, false);
    plans.activate(fromReview.getId(), "teammanager");

    assertThatThrownBy(() -> plans.activate(fromFundingChange.getId(), "teammanager2"))
        .isInstanceOf(ConflictException.class).hasMessageContaining(first.getId().toString());
    assertThat(plans.current(first.getId()).getId()).isEqualTo(fromReview.getId());
  }

  @Test
  void aRevisionForAPersonWithNoPlanInForceIsAConflictAndNothingIsStored() {
    UUID person = person();
    long before = repository.count();

    assertThatThrownBy(() -> plans.reviseInForce(person, PlanType.CARE_AND_SUPPORT, new BigDecimal("10.00"), null))
        .isInstanceOf(ConflictException.class).hasMessageContaining("no care and support plan in force");
    assertThat(repository.count()).isEqualTo(before);
  }

  private SupportPlan inForce(UUID person, PlanType type, String cost) {
    SupportPlan plan = plans.draft(person, type, Delivery.DIRECT_PAYMENT, null, "practitioner", "practitioners");
    plans.writeLines(plan.getId(), Delivery.DIRECT_PAYMENT, List.of(new SupportPlanItem.Line(
        "Washed and dressed each morning", "A morning call", "Home Care Ltd", "Daily", new BigDecimal(cost))));
    return plans.activate(plan.getId(), "teammanager");
  }

  private UUID person() {
    String family = "Versions" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    return people.create(new PersonDetails("Vera", family, null, null, null, null, null, null, null), false).getId();
  }
}
