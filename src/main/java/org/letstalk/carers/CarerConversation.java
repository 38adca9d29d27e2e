package org.letstalk.carers;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.conversation.AllegedPerson;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.conversation.Strengths;
import org.letstalk.conversation.WhatMatters;
import org.letstalk.store.Versioned;

/**
 * A carer's conversation in their own right [T Part 4; W ¶86-93]: strengths first, whether the carer is able
 * and willing to care now and in future, work, education, training and recreation, wellbeing and outcomes,
 * the risk that caring breaks down, and how the cared-for person's needs affect the carer.
 */
@Entity
@Table(name = "carer_conversation")
public class CarerConversation extends Versioned {

  @Column(name = "task_id", nullable = false, unique = true)
  private String taskId;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "conversation_type", nullable = false)
  private CarerConversationType conversationType;

  @Column(name = "carer_id", nullable = false)
  private UUID carerId;

  @Column(name = "cared_for_id", nullable = false)
  private UUID caredForId;

  @Column(name = "involvement_id")
  private UUID involvementId;

  @Column(name = "held_by", nullable = false)
  private String heldBy;

  @Column(name = "held_at", nullable = false)
  private Instant heldAt;

  @Column(name = "combined", nullable = false)
  private boolean combined;

  @Embedded
  private Strengths strengths;

  @Column(name = "able_to_care_now", nullable = false)
  private boolean ableToCareNow;

  @Column(name = "willing_to_care_now", nullable = false)
  private boolean willingToCareNow;

  @Column(name = "able_to_care_in_future", nullable = false)
  private boolean ableToCareInFuture;

  @Column(name = "willing_to_care_in_future", nullable = false)
  private boolean willingToCareInFuture;

  @Column(name = "can_no_longer_care", nullable = false)
  private boolean canNoLongerCare;

  @Column(name = "work_education_training", nullable = false)
  private String workEducationTraining;

  @Column(name = "recreation", nullable = false)
  private String recreation;

  @Column(name = "wellbeing_and_outcomes", nullable = false)
  private String wellbeingAndOutcomes;

  @Column(name = "what_matters")
  private String whatMatters;

  @Column(name = "barriers")
  private String barriers;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_of_breakdown", nullable = false)
  private RiskOfBreakdown riskOfBreakdown;

  @Column(name = "risk_of_breakdown_notes")
  private String riskOfBreakdownNotes;

  @Column(name = "cared_for_needs_impact", nullable = false)
  private String caredForNeedsImpact;

  @Column(name = "agreed_actions")
  private String agreedActions;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private ConversationOutcome outcome;

  @Column(name = "outcome_rationale")
  private String outcomeRationale;

  @Column(name = "concern_alleged_person_name")
  private String concernAllegedPersonName;

  @Column(name = "concern_alleged_person_relationship")
  private String concernAllegedPersonRelationship;

  @Column(name = "written_decision")
  private String writtenDecision;

  @Column(name = "information_and_advice")
  private String informationAndAdvice;

  @Column(name = "right_to_challenge_explained")
  private Boolean rightToChallengeExplained;

  protected CarerConversation() {
  }

  static CarerConversation held(CarerConversationType type, String taskId, String processInstanceId, UUID carerId,
      UUID caredForId, UUID involvementId, CarerConversationForm form, String heldBy, Instant now) {
    CarerConversation c = new CarerConversation();
    c.conversationType = type;
    c.taskId = taskId;
    c.processInstanceId = processInstanceId;
    c.carerId = carerId;
    c.caredForId = caredForId;
    c.involvementId = involvementId;
    c.heldBy = heldBy;
    c.heldAt = now;
    c.combined = form.combined();
    c.strengths = form.strengths();
    c.ableToCareNow = form.ableToCareNow();
    c.willingToCareNow = form.willingToCareNow();
    c.ableToCareInFuture = form.ableToCareInFuture();
    c.willingToCareInFuture = form.willingToCareInFuture();
    c.canNoLongerCare = form.canNoLongerCare();
    c.workEducationTraining = form.workEducationTraining();
    c.recreation = form.recreation();
    c.wellbeingAndOutcomes = form.wellbeingAndOutcomes();
    c.whatMatters = form.whatMatters().whatMatters();
    c.barriers = form.whatMatters().barriers();
    c.riskOfBreakdown = form.riskOfBreakdown();
    c.riskOfBreakdownNotes = form.riskOfBreakdownNotes();
    c.caredForNeedsImpact = form.caredForNeedsImpact();
    c.agreedActions = form.agreedActions();
    c.outcome = form.outcome();
    c.outcomeRationale = form.outcomeRationale();
    c.concernAllegedPersonName = form.concernAllegedPerson().name();
    c.concernAllegedPersonRelationship = form.concernAllegedPerson().relationship();
    return c;
  }

  void notEligible(String writtenDecision, String informationAndAdvice) {
    this.writtenDecision = writtenDecision;
    this.informationAndAdvice = informationAndAdvice;
    this.rightToChallengeExplained = true;
  }

  public CarerConversationType getConversationType() {
    return conversationType;
  }

  public UUID getCarerId() {
    return carerId;
  }

  public UUID getCaredForId() {
    return caredForId;
  }

  public String getHeldBy() {
    return heldBy;
  }

  public Instant getHeldAt() {
    return heldAt;
  }

  public boolean isCombined() {
    return combined;
  }

  public Strengths getStrengths() {
    return strengths;
  }

  public String getAgreedActions() {
    return agreedActions;
  }

  public boolean isAbleToCareNow() {
    return ableToCareNow;
  }

  public boolean isWillingToCareNow() {
    return willingToCareNow;
  }

  public boolean isAbleToCareInFuture() {
    return ableToCareInFuture;
  }

  public boolean isWillingToCareInFuture() {
    return willingToCareInFuture;
  }

  public boolean isCanNoLongerCare() {
    return canNoLongerCare;
  }

  public String getWorkEducationTraining() {
    return workEducationTraining;
  }

  public String getRecreation() {
    return recreation;
  }

  public String getWellbeingAndOutcomes() {
    return wellbeingAndOutcomes;
  }

  /** Wales: what matters to the carer and the barriers [W ¶37-42]; both null in England. */
  public WhatMatters getWhatMatters() {
    return new WhatMatters(whatMatters, barriers);
  }

  public RiskOfBreakdown getRiskOfBreakdown() {
    return riskOfBreakdown;
  }

  public String getCaredForNeedsImpact() {
    return caredForNeedsImpact;
  }

  public ConversationOutcome getOutcome() {
    return outcome;
  }

  public String getOutcomeRationale() {
    return outcomeRationale;
  }

  /** Who the safeguarding concern this conversation ended in names; not named otherwise. */
  public AllegedPerson getConcernAllegedPerson() {
    return new AllegedPerson(concernAllegedPersonName, concernAllegedPersonRelationship);
  }

  public String getWrittenDecision() {
    return writtenDecision;
  }
}
