package org.letstalk.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.eligibility.EligibilityFixtures.englandAdult;
import static org.letstalk.eligibility.EligibilityFixtures.englandCarer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.person.PersonFinder;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/** The determineEligibility delegate behind the eligibility assessment form, as Let's Talk 3 uses it. */
@PostgresTest
class DetermineEligibilityProcessTest extends ProcessTestSupport {

  @Autowired
  RepositoryService repository;

  @Autowired
  HistoryService history;

  @Autowired
  FormService formService;

  @Autowired
  PersonFinder finder;

  @Autowired
  EligibilityService eligibility;

  @Autowired
  EligibilityDeterminationRepository determinations;

  UUID person;
  ProcessInstance step;

  @BeforeEach
  void startTheStep() {
    EligibilityFixtures.deployStep(repository);
    person = EligibilityFixtures.newPerson(finder, "Edna", LocalDate.of(1941, 5, 2));
    step = runtime.startProcessInstanceByKey(EligibilityFixtures.STEP_PROCESS_KEY,
        Map.of("personId", person.toString(), "personName", "Edna Jones"));
  }

  @Test
  void theFormTaskGoesToPractitionersAndKnowsTheRuleSet() throws IOException {
    Task task = task("Task_AssessEligibility", step);

    assertThat(step).isWaitingAt("Task_AssessEligibility").task().hasCandidateGroup("practitioners");
    assertThat(task.getName()).isEqualTo("Decide eligibility for Edna Jones");
    assertThat(task.getDueDate()).isNotNull();
    assertThat(taskService.getVariable(task.getId(), "eligibilityRuleSet")).isEqualTo("ENGLAND");
    assertThat(new String(formService.getDeployedTaskForm(task.getId()).readAllBytes(), StandardCharsets.UTF_8))
        .contains("\"id\": \"eligibility-assessment\"");
  }

  @Test
  void eligibleNeedsAreStoredAndTheProcessFollowsTheEligiblePath() {
    complete("practitioner", step, "Task_AssessEligibility", with(englandAdult(),
        "outcome_hygiene_unableWithoutAssistance", true, "outcome_clothing_painDistressAnxiety", true));

    assertThat(step).isEnded().hasPassed("EndEvent_Eligible");
    String determinationId = (String) history.createHistoricVariableInstanceQuery().processInstanceId(step.getId())
        .variableName("eligibilityDeterminationId").singleResult().getValue();
    EligibilityDetermination stored = eligibility.find(UUID.fromString(determinationId)).orElseThrow();
    assertThat(stored.isEligible()).isTrue();
    assertThat(stored.getPersonId()).isEqualTo(person);
    assertThat(stored.getDeterminedBy()).isEqualTo("practitioner");
    assertThat(stored.getProcessInstanceId()).isEqualTo(step.getId());
    assertThat(stored.getActivityInstanceId()).startsWith("Task_DetermineEligibility");
    assertThat(stored.getOutcomesNotAchieved()).containsExactly("hygiene", "clothing");
  }

  @Test
  void needsThatAreNotEligibleFollowTheNotEligiblePathWithTheReasonStored() {
    complete("practitioner", step, "Task_AssessEligibility", with(englandAdult(),
        "outcome_hygiene_unableWithoutAssistance", true));

    assertThat(step).isEnded().hasPassed("EndEvent_NotEligible");
    assertThat(determinations.findByPersonIdOrderByDeterminedAt(person)).singleElement().satisfies(d -> {
      assertThat(d.isEligible()).isFalse();
      assertThat(d.getReason()).contains("fewer than two");
    });
    String decision = (String) history.createHistoricVariableInstanceQuery().processInstanceId(step.getId())
        .variableName("eligibilityDecision").singleResult().getValue();
    assertThat(decision).contains("Not eligible: the adult is unable to achieve fewer than two",
        "Maintaining personal hygiene: not achieved (unable without assistance).");
  }

  // Reg. 2(3) of England's Eligibility Criteria Regulations 2015 has no carer exception (that is Wales's [W ¶145]):
  // a need a willing carer meets is eligible, and goes to the plan [T 2.56] through needsACarerMeets.
  @Test
  void aNeedAWillingCarerMeetsStaysEligibleAndIsHandedToThePlan() {
    complete("practitioner", step, "Task_AssessEligibility", with(englandAdult(),
        "outcome_hygiene_unableWithoutAssistance", true,
        "outcome_nutrition_unableWithoutAssistance", true, "outcome_nutrition_metByWillingCarer", true));

    assertThat(step).isEnded().hasPassed("EndEvent_Eligible");
    Object carerMeets = history.createHistoricVariableInstanceQuery().processInstanceId(step.getId())
        .variableName("needsACarerMeets").singleResult().getValue();
    assertThat(carerMeets).isEqualTo("Managing and maintaining nutrition");
  }

  @Test
  void aCarersNeedsAreDecidedWhenTheFormSaysSo() {
    complete("practitioner", step, "Task_AssessEligibility", with(englandCarer(), "carerHealthDeteriorating", true));

    assertThat(step).isEnded().hasPassed("EndEvent_Eligible");
    assertThat(determinations.findByPersonIdOrderByDeterminedAt(person)).singleElement()
        .satisfies(d -> assertThat(d.getDecisionKey()).isEqualTo("carers-eligibility"));
  }

  @Test
  void contradictoryAnswersAreRefusedWithTheFieldNamedAndTheTaskStaysOpen() {
    assertThatRejected(() -> complete("practitioner", step, "Task_AssessEligibility", with(englandAdult(),
        "outcome_nutrition_unableWithoutAssistance", true,
        "outcome_nutrition_metByWillingCarer", true, "outcome_nutrition_carerUnwilling", true)))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("outcome_nutrition_carerUnwilling"));

    assertThat(step).isWaitingAt("Task_AssessEligibility");
    assertThat(determinations.findByPersonIdOrderByDeterminedAt(person)).isEmpty();
    assertThat(runtime.getVariable(step.getId(), "eligible")).isNull();
  }

  @Test
  void aMissingConditionAnswerIsRefusedWithTheFieldNamed() {
    Map<String, Object> form = englandAdult();
    form.remove("significantImpactOnWellbeing");

    assertThatRejected(() -> complete("practitioner", step, "Task_AssessEligibility", form))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("significantImpactOnWellbeing"));
    assertThat(step).isWaitingAt("Task_AssessEligibility");
    assertThat(determinations.findByPersonIdOrderByDeterminedAt(person)).isEmpty();
  }
}
