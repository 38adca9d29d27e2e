package org.letstalk.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.eligibility.EligibilityFixtures.derynInWales;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.letstalk.eligibility.flow.EligibilityForms;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.eligibility.EligibilityResult.Need;
import org.letstalk.person.PersonFinder;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A Welsh council's deployment: the same service and form with {@code letstalk.eligibility.rule-set=WALES}. */
@PostgresTest
@TestPropertySource(properties = "letstalk.eligibility.rule-set=WALES")
class WalesEligibilityServiceTest extends ProcessTestSupport {

  @Autowired
  RepositoryService repository;

  @Autowired
  EligibilityService eligibility;

  @Autowired
  EligibilityDeterminationRepository determinations;

  @Autowired
  PersonFinder finder;

  final String processInstanceId = UUID.randomUUID().toString();

  /** [W §3.28]: Deryn, 82, a widow with early dementia, helped by her daughter Gwen. */
  @Test
  void derynsWashingAndDressingIsEligibleAndTheShoppingAndCookingHerDaughterKeepsDoingIsNot() {
    UUID deryn = EligibilityFixtures.newPerson(finder, "Deryn", LocalDate.now().minusYears(82));

    EligibilityResult result = eligibility.determine(processInstanceId, "Task_A", deryn, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        derynInWales()), "practitioner");

    assertThat(result.ruleSet()).isEqualTo(RuleSet.WALES);
    assertThat(result.decisionKey()).isEqualTo("wales-eligibility");
    assertThat(result.eligible()).isTrue();
    assertThat(result.needs()).extracting(Need::number, Need::eligible, Need::directPayment)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true, true),
            org.assertj.core.groups.Tuple.tuple(2, false, false));
    assertThat(result.needs().get(0).description()).contains("wash and dress");
    assertThat(result.needs().get(1).reason()).contains("willing and able");
    assertThat(result.explanation()).contains(
        "Need 1, Help to wash and dress, morning and evening: Eligible: all four conditions are met",
        "To be offered as a direct payment.",
        "Need 2, Shopping and cooking: Not eligible: a carer who is willing and able meets this need.");
    EligibilityDetermination stored = eligibility.find(result.determinationId()).orElseThrow();
    assertThat(stored.getNeedResults()).hasSize(2);
    assertThat(stored.getAnswers()).anySatisfy(a -> {
      assertThat(a.getName()).isEqualTo("need2_canBeMetBy");
      assertThat(a.getValue()).isEqualTo("BY_A_WILLING_AND_ABLE_CARER");
    });
  }

  @Test
  void theSameFormStepAsksTheWelshQuestionsAndDecidesDerynsNeeds() {
    EligibilityFixtures.deployStep(repository);
    UUID deryn = EligibilityFixtures.newPerson(finder, "Deryn", LocalDate.now().minusYears(82));
    ProcessInstance step = runtime.startProcessInstanceByKey(EligibilityFixtures.STEP_PROCESS_KEY,
        Map.of("personId", deryn.toString(), "personName", "Deryn Hughes"));

    assertThat(taskService.getVariable(task("Task_AssessEligibility", step).getId(), "eligibilityRuleSet"))
        .isEqualTo("WALES");
    complete("practitioner", step, "Task_AssessEligibility", derynInWales());

    assertThat(step).isEnded().hasPassed("EndEvent_Eligible");
    assertThat(determinations.findByPersonIdOrderByDeterminedAt(deryn)).singleElement().satisfies(d -> {
      assertThat(d.getRuleSet()).isEqualTo(RuleSet.WALES);
      assertThat(d.getReason()).isEqualTo("Eligible: 1 of the 2 assessed needs are eligible.");
    });
  }

  @Test
  void whereProtectionIsNeededUnfinishedNeedAnswersDoNotHoldTheDecisionUp() {
    UUID person = EligibilityFixtures.newPerson(finder, "Nerys", LocalDate.of(1944, 4, 4));
    Map<String, Object> form = Map.of("protectionFromAbuseNeeded", true,
        "need1_description", "Safe care at home while the concern is looked into",
        "eligibilityEvidence", "Neighbour's report of financial abuse; s126 enquiry started.");

    EligibilityResult result = eligibility.determine(processInstanceId, "Task_A", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        form), "practitioner");

    assertThat(result.eligible()).isTrue();
    assertThat(result.needs()).singleElement().satisfies(n -> assertThat(n.reason()).startsWith("Met to protect the person from abuse or neglect"));
  }

  @Test
  void aNeedACarerCanMeetCannotAlsoStopThePersonAchievingTheirOutcomes() {
    UUID person = EligibilityFixtures.newPerson(finder, "Eirlys", LocalDate.of(1944, 4, 4));

    assertThatRejected(() -> eligibility.determine(processInstanceId, "Task_A", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        with(derynInWales(), "need2_unlikelyToAchieveOutcomes", true)), "practitioner"))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("need2_unlikelyToAchieveOutcomes"));
    assertThatRejected(() -> eligibility.determine(processInstanceId, "Task_A", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        with(derynInWales(), "need1_circumstance", null)), "practitioner"))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("need1_circumstance"));
    assertThat(determinations.findByPersonIdOrderByDeterminedAt(person)).isEmpty();
  }

  private EligibilityAnswers answers(EligibilityFor eligibilityFor, Map<String, Object> form) {
    return EligibilityForms.answers(eligibility.ruleSet(), eligibilityFor, form);
  }
}
