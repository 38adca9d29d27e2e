package org.letstalk.safeguarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** A safeguarding concern about an adult, where it was raised, and the decision made on it [T 3.11]. */
@Entity
@Table(name = "safeguarding_concern")
public class SafeguardingConcern extends Versioned {

  /** Where a concern came from: a running process, or someone outside the council. */
  public enum RaisedIn {
    PROCESS,
    EXTERNAL
  }

  @Column(name = "process_instance_id", nullable = false, unique = true)
  private String processInstanceId;

  @Column(name = "raised_key", unique = true)
  private String raisedKey;

  @Column(name = "person_id")
  private UUID personId;

  @Column(name = "person_name", nullable = false)
  private String personName;

  @Enumerated(EnumType.STRING)
  @Column(name = "raised_in", nullable = false)
  private RaisedIn raisedIn;

  @Column(name = "raised_in_process_key")
  private String raisedInProcessKey;

  @Column(name = "raised_in_process_instance_id")
  private String raisedInProcessInstanceId;

  @Column(name = "raised_in_contact_id")
  private UUID raisedInContactId;

  @Column(name = "raised_by")
  private String raisedBy;

  @Column(name = "raised_by_external")
  private String raisedByExternal;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "description", nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "abuse_type")
  private AbuseType abuseType;

  @Column(name = "alleged_person_name")
  private String allegedPersonName;

  @Column(name = "alleged_person_relationship")
  private String allegedPersonRelationship;

  @Column(name = "immediate_danger", nullable = false)
  private boolean immediateDanger;

  @Column(name = "emergency_action")
  private String emergencyAction;

  @Column(name = "person_wants")
  private String personWants;

  @Enumerated(EnumType.STRING)
  @Column(name = "capacity")
  private Capacity capacity;

  @Enumerated(EnumType.STRING)
  @Column(name = "care_and_support_needs")
  private CareAndSupportNeeds careAndSupportNeeds;

  @Column(name = "experiencing_or_at_risk")
  private Boolean experiencingOrAtRisk;

  @Column(name = "unable_to_protect_self")
  private Boolean unableToProtectSelf;

  @Column(name = "s42_duty_applies")
  private Boolean s42DutyApplies;

  @Column(name = "s42_explanation")
  private String s42Explanation;

  @Column(name = "decision_due_at", nullable = false)
  private Instant decisionDueAt;

  @Column(name = "decision_escalated_at")
  private Instant decisionEscalatedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "route")
  private ConcernRoute route;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_in_time")
  private Boolean decidedInTime;

  protected SafeguardingConcern() {
  }

  /** Where a concern was raised; {@code processKey} null means from outside the council. */
  public record Origin(String raisedKey, String processKey, String processInstanceId, UUID contactId,
      String raisedBy) {
  }

  static SafeguardingConcern raised(String processInstanceId, RaisedConcern in, Origin origin, Instant at,
      Instant decisionDueAt) {
    SafeguardingConcern c = new SafeguardingConcern();
    c.processInstanceId = processInstanceId;
    c.raisedKey = origin.raisedKey();
    c.raisedIn = origin.processKey() == null ? RaisedIn.EXTERNAL : RaisedIn.PROCESS;
    c.raisedInProcessKey = origin.processKey();
    c.raisedInProcessInstanceId = origin.processInstanceId();
    c.raisedInContactId = origin.contactId();
    c.raisedBy = origin.raisedBy();
    c.raisedByExternal = in.reportedBy();
    c.raisedAt = at;
    c.personId = in.personId();
    c.personName = in.personName();
    c.description = in.description();
    c.abuseType = in.abuseType();
    c.allegedPersonName = in.allegedPersonName();
    c.allegedPersonRelationship = in.allegedPersonRelationship();
    c.immediateDanger = in.immediateDanger();
    c.emergencyAction = in.emergencyAction();
    c.personWants = in.personWants();
    c.capacity = in.capacity();
    c.decisionDueAt = decisionDueAt;
    return c;
  }

  void escalated(Instant at) {
    if (decisionEscalatedAt == null) {
      decisionEscalatedAt = at;
    }
  }

  void decided(ConcernDecision d, boolean dutyApplies, String explanation, String by, Instant at) {
    abuseType = d.abuseType();
    capacity = d.capacity();
    careAndSupportNeeds = d.careAndSupportNeeds();
    experiencingOrAtRisk = d.experiencingOrAtRisk();
    unableToProtectSelf = d.unableToProtectSelf();
    s42DutyApplies = dutyApplies;
    s42Explanation = explanation;
    route = d.route();
    decisionReason = d.reason();
    decidedBy = by;
    decidedAt = at;
    decidedInTime = !at.isAfter(decisionDueAt);
  }

  /** A concern raised before the front door knew who the person was is linked once it does. */
  void linkPerson(UUID person) {
    if (personId == null) {
      personId = person;
    }
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getRaisedKey() {
    return raisedKey;
  }

  public UUID getPersonId() {
    return personId;
  }

  public String getPersonName() {
    return personName;
  }

  public RaisedIn getRaisedIn() {
    return raisedIn;
  }

  public String getRaisedInProcessKey() {
    return raisedInProcessKey;
  }

  public String getRaisedInProcessInstanceId() {
    return raisedInProcessInstanceId;
  }

  public UUID getRaisedInContactId() {
    return raisedInContactId;
  }

  public String getRaisedBy() {
    return raisedBy;
  }

  public String getRaisedByExternal() {
    return raisedByExternal;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public String getDescription() {
    return description;
  }

  public AbuseType getAbuseType() {
    return abuseType;
  }

  public String getAllegedPersonName() {
    return allegedPersonName;
  }

  public String getAllegedPersonRelationship() {
    return allegedPersonRelationship;
  }

  public boolean isImmediateDanger() {
    return immediateDanger;
  }

  public String getEmergencyAction() {
    return emergencyAction;
  }

  public String getPersonWants() {
    return personWants;
  }

  public Capacity getCapacity() {
    return capacity;
  }

  public CareAndSupportNeeds getCareAndSupportNeeds() {
    return careAndSupportNeeds;
  }

  public Boolean getExperiencingOrAtRisk() {
    return experiencingOrAtRisk;
  }

  public Boolean getUnableToProtectSelf() {
    return unableToProtectSelf;
  }

  public Boolean getS42DutyApplies() {
    return s42DutyApplies;
  }

  public String getS42Explanation() {
    return s42Explanation;
  }

  public Instant getDecisionDueAt() {
    return decisionDueAt;
  }

  public Instant getDecisionEscalatedAt() {
    return decisionEscalatedAt;
  }

  public ConcernRoute getRoute() {
    return route;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Boolean getDecidedInTime() {
    return decidedInTime;
  }
}
