package org.letstalk.eligibility;

import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.letstalk.eligibility.EligibilityFixtures.englandAdult;
import static org.letstalk.eligibility.EligibilityFixtures.englandCarer;
import static org.letstalk.FormFixtures.with;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.letstalk.eligibility.flow.EligibilityForms;
import org.letstalk.PostgresTest;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.DocumentTexts;
import org.letstalk.document.PersonDocumentRepository;
import org.letstalk.eligibility.EligibilityDetermination.Answer;
import org.letstalk.person.PersonFinder;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/** EligibilityService under the default rule set (England): decides with the deployed tables and stores why. */
@PostgresTest
class EligibilityServiceTest {

  @Autowired
  EligibilityService eligibility;

  @Autowired
  EligibilityDeterminationRepository determinations;

  @Autowired
  PersonFinder finder;

  @Autowired
  HistoryService history;

  @Autowired
  PersonDocumentRepository documents;

  final String processInstanceId = UUID.randomUUID().toString();

  @Test
  void storesTheDeterminationWithEveryAnswerAndTheDecisionVersion() {
    UUID person = EligibilityFixtures.newPerson(finder, "Edna", LocalDate.of(1941, 5, 2));
    Map<String, Object> form = with(englandAdult(),
        "outcome_hygiene_unableWithoutAssistance", true, "outcome_clothing_endangersSafety", true);

    EligibilityResult result = eligibility.determine(processInstanceId, "Task_A", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        form), "practitioner");

    assertThat(result.eligible()).isTrue();
    assertThat(result.ruleSet()).isEqualTo(RuleSet.ENGLAND);
    assertThat(result.outcomesNotAchieved()).containsExactly("hygiene", "clothing");
    EligibilityDetermination stored = eligibility.find(result.determinationId()).orElseThrow();
    assertThat(stored.getPersonId()).isEqualTo(person);
    assertThat(stored.getProcessInstanceId()).isEqualTo(processInstanceId);
    assertThat(stored.getDecisionKey()).isEqualTo("care-act-eligibility");
    assertThat(stored.getDecisionVersion()).isPositive();
    assertThat(stored.getDecisionDefinitionId()).startsWith("care-act-eligibility:");
    assertThat(stored.getDeterminedBy()).isEqualTo("practitioner");
    assertThat(stored.getDeterminedAt()).isNotNull();
    assertThat(stored.getEvidence()).contains("Assessed at home");
    assertThat(stored.getReason()).startsWith("Eligible");
    Map<String, String> answers = stored.getAnswers().stream()
        .collect(Collectors.toMap(Answer::getName, a -> String.valueOf(a.getValue())));
    assertThat(answers).hasSize(2 + CareActOutcome.values().length * 6)
        .containsEntry("impairmentOrIllness", "true")
        .containsEntry("outcome_hygiene_unableWithoutAssistance", "true")
        .containsEntry("outcome_clothing_endangersSafety", "true")
        .containsEntry("outcome_nutrition_unableWithoutAssistance", "false");
    assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionId(stored.getDecisionDefinitionId())
        .count()).isPositive();
  }

  @Test
  void thePersonGetsTheirWrittenDecisionOutcomeByOutcomeOnceHoweverOftenTheStepRuns() {
    UUID person = EligibilityFixtures.newPerson(finder, "Enid", LocalDate.of(1941, 5, 2));
    Map<String, Object> form = with(englandAdult(),
        "outcome_hygiene_unableWithoutAssistance", true, "outcome_clothing_endangersSafety", true);

    EligibilityResult result = eligibility.determine(processInstanceId, "Task_B", person, EligibilityFor.ADULT,
        answers(EligibilityFor.ADULT, form), "practitioner");
    eligibility.determine(processInstanceId, "Task_B", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        form), "practitioner");

    assertThat(documents.findByPersonIdOrderByMadeAtAsc(person)).singleElement().satisfies(d -> {
      assertThat(d.getKind()).isEqualTo(DocumentKind.ELIGIBILITY_DETERMINATION);
      assertThat(d.getSourceId()).isEqualTo(result.determinationId());
      assertThat(DocumentTexts.of(d.getContent())).contains("Our decision on your eligibility", "Enid",
          "You have eligible needs", "Maintaining personal",
          "You cannot do it without help", "appropriately", "Assessed at home",
          "Your worker will plan your support", "If you disagree with this decision");
    });
  }

  @Test
  void aRetriedStepFindsTheDeterminationItMadeBefore() {
    UUID person = EligibilityFixtures.newPerson(finder, "Owen", LocalDate.of(1960, 1, 9));

    EligibilityResult first = eligibility.determine(processInstanceId, "Task_A", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        with(englandAdult(), "outcome_toilet_unableWithoutAssistance", true)), "practitioner");
    EligibilityResult again = eligibility.determine(processInstanceId, "Task_A", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        with(englandAdult(), "outcome_toilet_unableWithoutAssistance", true,
            "outcome_work_unableWithoutAssistance", true)), "practitioner2");

    assertThat(again).isEqualTo(first);
    assertThat(determinations.findByPersonIdOrderByDeterminedAt(person)).hasSize(1);
  }

  @Test
  void exactlyOneOutcomeNotAchievedIsNotEligibleAndTheReasonIsKept() {
    UUID person = EligibilityFixtures.newPerson(finder, "Iris", LocalDate.of(1955, 3, 3));

    EligibilityResult result = eligibility.determine(processInstanceId, "Task_A", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        with(englandAdult(), "outcome_community_takesSignificantlyLonger", true)), "practitioner");

    assertThat(result.eligible()).isFalse();
    assertThat(result.outcomesNotAchieved()).containsExactly("community");
    assertThat(result.reason()).contains("fewer than two");
  }

  // England: no carer exception in reg. 2(3) of the Eligibility Criteria Regulations 2015; what the carer does is
  // kept for the plan, as Trafford's Let's Talk 3 analysis takes it into account [T 2.56].
  @Test
  void anOutcomeAWillingCarerMeetsCountsAndIsKeptForThePlan() {
    UUID person = EligibilityFixtures.newPerson(finder, "Bryn", LocalDate.of(1948, 8, 8));

    EligibilityResult result = eligibility.determine(processInstanceId, "Task_A", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        with(englandAdult(), "outcome_hygiene_unableWithoutAssistance", true,
            "outcome_nutrition_unableWithoutAssistance", true, "outcome_nutrition_metByWillingCarer", true)),
        "practitioner");

    assertThat(result.eligible()).isTrue();
    assertThat(result.outcomesNotAchieved()).containsExactly("nutrition", "hygiene");
    assertThat(result.needsACarerMeets()).containsExactly("Managing and maintaining nutrition");
    assertThat(result.explanation()).contains("Managing and maintaining nutrition: not achieved (unable without"
        + " assistance). A carer who is willing and able meets this need now: the plan takes that help into account.");
  }

  @Test
  void aCarersNeedsAreDecidedWithTheCarersTable() {
    UUID carer = EligibilityFixtures.newPerson(finder, "Gwen", LocalDate.of(1975, 6, 1));

    EligibilityResult result = eligibility.determine(processInstanceId, "Task_A", carer, EligibilityFor.CARER, answers(EligibilityFor.CARER,
        with(englandCarer(), "carerOutcome_work_unableWithoutAssistance", true)), "carers");

    assertThat(result.eligible()).isTrue();
    assertThat(result.decisionKey()).isEqualTo("carers-eligibility");
    assertThat(result.outcomesNotAchieved()).containsExactly("work");
  }

  @Test
  void anOutcomeMarkedBothMetByAWillingCarerAndCarerUnwillingIsRefusedAndNothingIsStored() {
    UUID person = EligibilityFixtures.newPerson(finder, "Alun", LocalDate.of(1950, 2, 2));

    assertThatRejected(() -> eligibility.determine(processInstanceId, "Task_A", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        with(englandAdult(), "outcome_nutrition_unableWithoutAssistance", true,
            "outcome_nutrition_metByWillingCarer", true, "outcome_nutrition_carerUnwilling", true)), "practitioner"))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> {
          assertThat(e.getField()).isEqualTo("outcome_nutrition_carerUnwilling");
          assertThat(e.getProblem()).contains("outcome_nutrition_metByWillingCarer");
        });
    assertThat(determinations.findByPersonIdOrderByDeterminedAt(person)).isEmpty();
  }

  @Test
  void aCarerCannotMeetANeedThePersonDoesNotHave() {
    UUID person = EligibilityFixtures.newPerson(finder, "Dilys", LocalDate.of(1950, 2, 2));

    assertThatRejected(() -> eligibility.determine(processInstanceId, "Task_A", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        with(englandAdult(), "outcome_clothing_metByWillingCarer", true)), "practitioner"))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("outcome_clothing_metByWillingCarer"));
    assertThat(determinations.findByPersonIdOrderByDeterminedAt(person)).isEmpty();
  }

  @Test
  void theConditionAnswersAreRequired() {
    UUID person = EligibilityFixtures.newPerson(finder, "Huw", LocalDate.of(1950, 2, 2));
    Map<String, Object> noImpairmentAnswer = englandAdult();
    noImpairmentAnswer.remove("impairmentOrIllness");
    Map<String, Object> noCarerHealthAnswer = englandCarer();
    noCarerHealthAnswer.remove("carerHealthDeteriorating");

    assertThatRejected(() -> eligibility.determine(processInstanceId, "Task_A", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        noImpairmentAnswer), "practitioner"))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("impairmentOrIllness"));
    assertThatRejected(() -> eligibility.determine(processInstanceId, "Task_B", person, EligibilityFor.CARER, answers(EligibilityFor.CARER,
        noCarerHealthAnswer), "carers"))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("carerHealthDeteriorating"));
    assertThatRejected(() -> eligibility.determine(processInstanceId, "Task_C", person, EligibilityFor.ADULT, answers(EligibilityFor.ADULT,
        with(englandAdult(), "eligibilityEvidence", " ")), "practitioner"))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("eligibilityEvidence"));
    assertThat(determinations.findByPersonIdOrderByDeterminedAt(person)).isEmpty();
  }

  private EligibilityAnswers answers(EligibilityFor eligibilityFor, Map<String, Object> form) {
    return EligibilityForms.answers(eligibility.ruleSet(), eligibilityFor, form);
  }
}
