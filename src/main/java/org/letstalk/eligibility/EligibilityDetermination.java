package org.letstalk.eligibility;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** One eligibility decision with everything needed to explain it later. */
@Entity
@Table(name = "eligibility_determination")
public class EligibilityDetermination {

  @Id
  private UUID id;

  @Version
  private long version;

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
    d.id = UUID.randomUUID();
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

  public UUID getId() {
    return id;
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
