package org.letstalk.eligibility;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.Documents;
import org.letstalk.identity.Workers;
import org.springframework.stereotype.Component;

/**
 * The person's written record of their eligibility determination, made as the determination is stored: the
 * decision, the conditions it rests on, outcome by outcome (England) or need by need (Wales), what the practitioner
 * saw and heard, what happens next and how to challenge it. One document per determination.
 */
@Component
public class EligibilityDocuments {

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final Documents documents;
  private final Workers workers;

  public EligibilityDocuments(Documents documents, Workers workers) {
    this.documents = documents;
    this.workers = workers;
  }

  /** What the eligibility template shows; {@code outcomes} (England) or {@code needs} (Wales) may be empty. */
  public record DecisionFacts(boolean eligible, boolean carer, LocalDate decidedOn, String decidedBy,
      Map<String, Boolean> conditions, List<Outcome> outcomes, List<Need> needs, String evidence) {
  }

  /** One outcome, and the ways the person cannot achieve it (none: they can). */
  public record Outcome(String key, List<String> ways) {
  }

  /** One assessed need (Wales). */
  public record Need(String description, boolean eligible, String canBeMetBy) {
  }

  void determined(EligibilityDetermination d) {
    documents.produce(DocumentKind.ELIGIBILITY_DETERMINATION, d.getId(), d.getPersonId(),
        d.getDeterminedBy() == null ? "system" : d.getDeterminedBy(), Map.of("decision", facts(d)));
  }

  DecisionFacts facts(EligibilityDetermination d) {
    Map<String, String> answers = d.getAnswers().stream().filter(a -> a.getValue() != null)
        .collect(Collectors.toMap(EligibilityDetermination.Answer::getName, EligibilityDetermination.Answer::getValue,
            (a, b) -> a));
    boolean carer = d.getEligibilityFor() == EligibilityFor.CARER;
    Map<String, Boolean> conditions = new LinkedHashMap<>();
    List<Outcome> outcomes = new ArrayList<>();
    List<Need> needs = new ArrayList<>();
    if (d.getRuleSet() == RuleSet.WALES) {
      conditions.put(EligibilityAnswers.PROTECTION_FROM_ABUSE_NEEDED,
          yes(answers, EligibilityAnswers.PROTECTION_FROM_ABUSE_NEEDED));
      for (EligibilityDetermination.NeedResult n : d.getNeedResults()) {
        needs.add(new Need(n.getDescription(), n.isEligible(),
            answers.get(WalesNeed.field(n.getNeedNumber(), "canBeMetBy"))));
      }
    } else if (carer) {
      outcomes = outcomes(CarerOutcome.values(), CarerOutcome::key, o -> o::field, CarerOutcome.MEANINGS, answers);
      conditions.put(EligibilityAnswers.CARER_NEEDS_FROM_PROVIDING_CARE,
          yes(answers, EligibilityAnswers.CARER_NEEDS_FROM_PROVIDING_CARE));
      conditions.put(EligibilityAnswers.CARER_HEALTH_DETERIORATING,
          yes(answers, EligibilityAnswers.CARER_HEALTH_DETERIORATING));
      conditions.put("anyOutcome", outcomes.stream().anyMatch(o -> !o.ways().isEmpty()));
      conditions.put(EligibilityAnswers.CARER_SIGNIFICANT_IMPACT, yes(answers, EligibilityAnswers.CARER_SIGNIFICANT_IMPACT));
    } else {
      outcomes = outcomes(CareActOutcome.values(), CareActOutcome::key, o -> o::field, CareActOutcome.MEANINGS,
          answers);
      conditions.put(EligibilityAnswers.IMPAIRMENT_OR_ILLNESS, yes(answers, EligibilityAnswers.IMPAIRMENT_OR_ILLNESS));
      conditions.put("twoOrMoreOutcomes", outcomes.stream().filter(o -> !o.ways().isEmpty()).count() >= 2);
      conditions.put(EligibilityAnswers.SIGNIFICANT_IMPACT, yes(answers, EligibilityAnswers.SIGNIFICANT_IMPACT));
    }
    return new DecisionFacts(d.isEligible(), carer, d.getDeterminedAt().atZone(COUNCIL_TIME).toLocalDate(),
        workers.nameOf(d.getDeterminedBy()), conditions, outcomes, needs, d.getEvidence());
  }

  private static <O> List<Outcome> outcomes(O[] all, Function<O, String> key,
      Function<O, Function<String, String>> field, String[] meanings, Map<String, String> answers) {
    return Arrays.stream(all).map(o -> new Outcome(key.apply(o), Arrays.stream(meanings)
        .filter(m -> yes(answers, field.apply(o).apply(m))).toList())).toList();
  }

  private static boolean yes(Map<String, String> answers, String name) {
    return "true".equalsIgnoreCase(answers.get(name));
  }
}
