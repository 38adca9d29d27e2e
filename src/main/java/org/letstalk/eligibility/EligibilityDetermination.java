package org.letstalk.eligibility;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.letstalk.store.Versioned;

/** One eligibility decision with everything needed to explain it later. */
@Entity
@Table(name = "eligibility_determination")
public class EligibilityDetermination extends Versioned {

  static final int EXPLANATION_LIMIT = 4000;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Column(name = "activity_instance_id", nullable = false)
  private String activityInstanceId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "eligibility_for", nullable = false)
  private EligibilityFor eligibilityFor;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_set", nullable = false)
  private RuleSet ruleSet;

  @Column(name = "decision_key", nullable = false)
  private String decisionKey;

  @Column(name = "decision_version", nullable = false)
  private int decisionVersion;

  @Column(name = "decision_definition_id", nullable = false)
  private String decisionDefinitionId;

  @Column(name = "eligible", nullable = false)
  private boolean eligible;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "outcomes_not_achieved")
  private String outcomesNotAchieved;

  @Column(name = "evidence", nullable = false)
  private String evidence;

  @Column(name = "determined_by")
  private String determinedBy;

  @Column(name = "determined_at", nullable = false)
  private Instant determinedAt;

  @ElementCollection
  @CollectionTable(name = "eligibility_answer", joinColumns = @JoinColumn(name = "determination_id"))
  @OrderBy("name")
  private List<Answer> answers = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "eligibility_need_result", joinColumns = @JoinColumn(name = "determination_id"))
  @OrderBy("needNumber")
  private List<NeedResult> needResults = new ArrayList<>();

  protected EligibilityDetermination() {
  }

  static EligibilityDetermination of(String processInstanceId, String activityInstanceId, UUID personId,
      EligibilityFor eligibilityFor, RuleSet ruleSet, Decided decided, EligibilityAnswers answers,
      String determinedBy, Instant at) {
    EligibilityDetermination d = new EligibilityDetermination();
    d.processInstanceId = processInstanceId;
    d.activityInstanceId = activityInstanceId;
    d.personId = personId;
    d.eligibilityFor = eligibilityFor;
    d.ruleSet = ruleSet;
    d.decisionKey = decided.decisionKey();
    d.decisionVersion = decided.decisionVersion();
    d.decisionDefinitionId = decided.decisionDefinitionId();
    d.eligible = decided.eligible();
    d.reason = decided.reason();
    d.outcomesNotAchieved = decided.outcomesNotAchieved().isEmpty() ? null
        : String.join(",", decided.outcomesNotAchieved());
    d.needResults.addAll(decided.needs());
    d.evidence = answers.evidence();
    answers.answers().forEach((name, value) -> d.answers.add(new Answer(name, value == null ? null : value.toString())));
    d.determinedBy = determinedBy;
    d.determinedAt = at;
    return d;
  }

  /** What the decision tables decided, before it is stored. */
  record Decided(String decisionKey, int decisionVersion, String decisionDefinitionId, boolean eligible,
      String reason, List<String> outcomesNotAchieved, List<NeedResult> needs) {
  }

  /** One answer as the decision read it. */
  @Embeddable
  public static class Answer {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "answer_value")
    private String value;

    protected Answer() {
    }

    Answer(String name, String value) {
      this.name = name;
      this.value = value;
    }

    public String getName() {
      return name;
    }

    public String getValue() {
      return value;
    }
  }

  /** The Welsh decision on one assessed need [W ¶135]. */
  @Embeddable
  public static class NeedResult {

    @Column(name = "need_number", nullable = false)
    private int needNumber;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "eligible", nullable = false)
    private boolean eligible;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "direct_payment", nullable = false)
    private boolean directPayment;

    protected NeedResult() {
    }

    NeedResult(int needNumber, String description, boolean eligible, String reason, boolean directPayment) {
      this.needNumber = needNumber;
      this.description = description;
      this.eligible = eligible;
      this.reason = reason;
      this.directPayment = directPayment;
    }

    public int getNeedNumber() {
      return needNumber;
    }

    public String getDescription() {
      return description;
    }

    public boolean isEligible() {
      return eligible;
    }

    public String getReason() {
      return reason;
    }

    public boolean isDirectPayment() {
      return directPayment;
    }
  }

  /**
   * England: the outcomes a carer who is willing and able meets now. They count towards eligibility like any other
   * and are taken into account in the plan instead.
   */
  public List<String> needsACarerMeets() {
    if (ruleSet == RuleSet.WALES || eligibilityFor == EligibilityFor.CARER) {
      return List.of();
    }
    Map<String, String> given = new HashMap<>();
    answers.forEach(a -> given.put(a.getName(), a.getValue()));
    return Arrays.stream(CareActOutcome.values())
        .filter(o -> "true".equals(given.get(o.field(EligibilityAnswers.MET_BY_WILLING_CARER))))
        .map(CareActOutcome::label).toList();
  }

  /**
   * The decision in plain English, outcome by outcome (England) or need by need (Wales), for the written
   * decision the person receives [T 2.58].
   */
  public String explanation() {
    Map<String, String> given = new HashMap<>();
    answers.forEach(a -> given.put(a.getName(), a.getValue()));
    List<String> lines = new ArrayList<>();
    lines.add(reason);
    if (ruleSet == RuleSet.WALES) {
      needResults.forEach(n -> lines.add("Need " + n.getNeedNumber() + ", " + n.getDescription() + ": "
          + n.getReason() + (n.isEligible() && n.isDirectPayment() ? " To be offered as a direct payment." : "")));
    } else if (eligibilityFor == EligibilityFor.CARER) {
      for (CarerOutcome outcome : CarerOutcome.values()) {
        explainOutcome(lines, outcome.label(), outcome::field, CarerOutcome.MEANINGS, given, false);
      }
    } else {
      for (CareActOutcome outcome : CareActOutcome.values()) {
        explainOutcome(lines, outcome.label(), outcome::field, CareActOutcome.MEANINGS, given,
            "true".equals(given.get(outcome.field(EligibilityAnswers.MET_BY_WILLING_CARER))));
      }
    }
    String text = String.join("\n", lines);
    // A process variable holds 4000 characters; the full record stays in the tables.
    return text.length() > EXPLANATION_LIMIT ? text.substring(0, EXPLANATION_LIMIT - 1) + "…" : text;
  }

  private static void explainOutcome(List<String> lines, String label, Function<String, String> field,
      String[] meanings, Map<String, String> given, boolean metByWillingCarer) {
    List<String> applying = Arrays.stream(meanings).filter(m -> "true".equals(given.get(field.apply(m))))
        .map(EligibilityDetermination::meaning).toList();
    if (applying.isEmpty()) {
      return;
    }
    lines.add(label + ": not achieved (" + String.join("; ", applying) + ")." + (metByWillingCarer
        ? " A carer who is willing and able meets this need now: the plan takes that help into account." : ""));
  }

  private static String meaning(String answer) {
    return switch (answer) {
      case "unableWithoutAssistance" -> "unable without assistance";
      case "painDistressAnxiety" -> "only with significant pain, distress or anxiety";
      case "endangersSafety" -> "endangers health or safety";
      case "takesSignificantlyLonger" -> "takes significantly longer than would normally be expected";
      default -> answer;
    };
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getActivityInstanceId() {
    return activityInstanceId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public EligibilityFor getEligibilityFor() {
    return eligibilityFor;
  }

  public RuleSet getRuleSet() {
    return ruleSet;
  }

  public String getDecisionKey() {
    return decisionKey;
  }

  public int getDecisionVersion() {
    return decisionVersion;
  }

  public String getDecisionDefinitionId() {
    return decisionDefinitionId;
  }

  public boolean isEligible() {
    return eligible;
  }

  public String getReason() {
    return reason;
  }

  public List<String> getOutcomesNotAchieved() {
    return outcomesNotAchieved == null ? List.of() : Arrays.asList(outcomesNotAchieved.split(","));
  }

  public String getEvidence() {
    return evidence;
  }

  public String getDeterminedBy() {
    return determinedBy;
  }

  public Instant getDeterminedAt() {
    return determinedAt;
  }

  public List<Answer> getAnswers() {
    return Collections.unmodifiableList(answers);
  }

  public List<NeedResult> getNeedResults() {
    return Collections.unmodifiableList(needResults);
  }
}
