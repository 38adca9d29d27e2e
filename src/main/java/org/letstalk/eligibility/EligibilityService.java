package org.letstalk.eligibility;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.letstalk.eligibility.EligibilityDetermination.Decided;
import org.letstalk.eligibility.EligibilityDetermination.NeedResult;
import org.letstalk.store.Idempotent;
import org.letstalk.workflow.DecisionTables;
import org.letstalk.workflow.DecisionTables.Table;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Determines eligibility with the decision tables the deployment's rule set names (process owners edit them)
 * and stores each determination with its answers, keyed by the step that asked, so a retried step finds it.
 */
@Service
@Transactional
public class EligibilityService {

  public static final String ENGLAND_ADULTS = "care-act-eligibility";
  public static final String ENGLAND_CARERS = "carers-eligibility";
  public static final String WALES = "wales-eligibility";
  public static final String WALES_CARERS = "wales-carers-eligibility";

  private final EligibilityDeterminationRepository determinations;
  private final DecisionTables decisionTables;
  private final RuleSet ruleSet;
  private final EligibilityDocuments documents;
  private final Clock clock;

  public EligibilityService(EligibilityDeterminationRepository determinations, DecisionTables decisionTables,
      EligibilityProperties properties, EligibilityDocuments documents, Clock clock) {
    this.determinations = determinations;
    this.decisionTables = decisionTables;
    this.ruleSet = properties.ruleSet();
    this.documents = documents;
    this.clock = clock;
  }

  /** The rule set this deployment applies; forms show the matching questions. */
  @Transactional(readOnly = true)
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** Decides once per asking step (its activity instance) with the answers read from the assessment form. */
  public EligibilityResult determine(String processInstanceId, String activityInstanceId, UUID personId,
      EligibilityFor eligibilityFor, EligibilityAnswers answers, String determinedBy) {
    EligibilityDetermination determination = Idempotent.write(determinations,
        determinations.findByProcessInstanceIdAndActivityInstanceId(processInstanceId, activityInstanceId), () -> {
          Decided decided = ruleSet == RuleSet.WALES ? decideWales(eligibilityFor, answers) : decideEngland(eligibilityFor, answers);
          return EligibilityDetermination.of(processInstanceId, activityInstanceId, personId, eligibilityFor,
              ruleSet, decided, answers, determinedBy, clock.instant());
        });
    // The person's written record of the decision, made with it (once, however often the step runs).
    documents.determined(determination);
    return EligibilityResult.of(determination);
  }

  @Transactional(readOnly = true)
  public Optional<EligibilityDetermination> find(UUID determinationId) {
    return determinations.findById(determinationId).map(d -> {
      d.getAnswers().size();
      d.getNeedResults().size();
      return d;
    });
  }

  private Decided decideEngland(EligibilityFor eligibilityFor, EligibilityAnswers answers) {
    Table table = decisionTables.latest(eligibilityFor == EligibilityFor.CARER ? ENGLAND_CARERS : ENGLAND_ADULTS);
    Map<String, Object> result = evaluate(table, answers.answers());
    String notAchieved = (String) result.get("outcomesNotAchieved");
    List<String> outcomes = notAchieved == null || notAchieved.isBlank() ? List.of()
        : Arrays.stream(notAchieved.split(",")).map(String::strip).toList();
    return new Decided(table.key(), table.version(), table.id(), (Boolean) result.get("eligible"),
        (String) result.get("eligibilityReason"), outcomes, List.of());
  }

  /**
   * Each need is decided on its own [W ¶135]; the person has eligible needs when any need is eligible. A carer's
   * needs are judged on the carer's own conditions, not the adult's [W ¶156-161].
   */
  private Decided decideWales(EligibilityFor eligibilityFor, EligibilityAnswers answers) {
    Table table = decisionTables.latest(eligibilityFor == EligibilityFor.CARER ? WALES_CARERS : WALES);
    List<NeedResult> needs = new ArrayList<>();
    for (WalesNeed need : answers.needs()) {
      Map<String, Object> result =
          evaluate(table, EligibilityAnswers.decisionInputs(answers.protectionFromAbuseNeeded(), need));
      needs.add(new NeedResult(need.number(), need.description(), (Boolean) result.get("eligible"),
          (String) result.get("eligibilityReason"), need.directPayment()));
    }
    long eligible = needs.stream().filter(NeedResult::isEligible).count();
    String summary = eligible > 0
        ? "Eligible: " + eligible + " of the " + needs.size() + " assessed needs are eligible."
        : "Not eligible: none of the " + needs.size() + " assessed needs is eligible.";
    return new Decided(table.key(), table.version(), table.id(), eligible > 0, summary, List.of(), needs);
  }

  private Map<String, Object> evaluate(Table table, Map<String, Object> inputs) {
    List<Map<String, Object>> rows = decisionTables.evaluate(table, inputs);
    if (rows.size() != 1 || rows.get(0).get("eligible") == null) {
      throw new IllegalStateException("Decision " + table.key() + " v" + table.version()
          + " gave no single eligibility result for " + inputs + "; check its rules cover these answers");
    }
    return rows.get(0);
  }
}
