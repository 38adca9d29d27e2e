package org.letstalk.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.involvement.CaseContext;
import org.letstalk.store.Versioned;

/** The full record of one Let's Talk 1 or 2 (the proforma of [T 2.33, 2.47]). */
@Entity
@Table(name = "conversation")
public class Conversation extends Versioned {

  /** The task in which the conversation was recorded: unique, so a retry finds this row. */
  @Column(name = "task_id", nullable = false, unique = true)
  private String taskId;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Column(name = "involvement_id")
  private UUID involvementId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "contact_id")
  private UUID contactId;

  @Enumerated(EnumType.STRING)
  @Column(name = "conversation_type", nullable = false)
  private ConversationType type;

  @Column(name = "held_by", nullable = false)
  private String heldBy;

  @Column(name = "held_at", nullable = false)
  private Instant heldAt;

  @Column(name = "today_and_tomorrow")
  private String todayAndTomorrow;

  @Column(name = "presenting_needs", nullable = false)
  private String presentingNeeds;

  @Column(name = "relevant_circumstances", nullable = false)
  private String relevantCircumstances;

  @Column(name = "wellbeing_and_outcomes", nullable = false)
  private String wellbeingAndOutcomes;

  @Embedded
  private Strengths strengths;

  @Column(name = "agreed_actions", nullable = false)
  private String agreedActions;

  @Column(name = "community_connections")
  private String communityConnections;

  @Enumerated(EnumType.STRING)
  @Column(name = "participation", nullable = false)
  private Participation participation;

  @Column(name = "participation_notes")
  private String participationNotes;

  @Column(name = "has_capacity")
  private Boolean hasCapacity;

  @Column(name = "best_interests_decision")
  private String bestInterestsDecision;

  @Column(name = "representative")
  private String representative;

  @Enumerated(EnumType.STRING)
  @Column(name = "advocate", nullable = false)
  private Advocate advocate;

  @Column(name = "carer_present", nullable = false)
  private boolean carerPresent;

  @Column(name = "carer_conversation_offered")
  private Boolean carerConversationOffered;

  @Column(name = "carer_conversation_refused")
  private Boolean carerConversationRefused;

  @Column(name = "carer_refused_reason")
  private String carerRefusedReason;

  @Column(name = "carer_not_offered_reason")
  private String carerNotOfferedReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "held_how")
  private HeldHow heldHow;

  @Column(name = "risks_explored")
  private String risksExplored;

  @Column(name = "what_matters")
  private String whatMatters;

  @Column(name = "barriers")
  private String barriers;

  @Column(name = "risk_self_neglect")
  private Boolean riskSelfNeglect;

  @Column(name = "risk_hoarding")
  private Boolean riskHoarding;

  @Column(name = "risk_failure_to_gain_access")
  private Boolean riskFailureToGainAccess;

  @Column(name = "urgent_action")
  private String urgentAction;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private ConversationOutcome outcome;

  @Column(name = "outcome_rationale")
  private String outcomeRationale;

  @Column(name = "concern_alleged_person_name")
  private String concernAllegedPersonName;

  @Column(name = "concern_alleged_person_relationship")
  private String concernAllegedPersonRelationship;

  @Column(name = "funding_change")
  private Boolean fundingChange;

  /** ASKED, APPLIED or DECLINED: where the funding change stands. */
  @Column(name = "funding_change_status")
  private String fundingChangeStatus;

  /** Why it changes (as revised after a return), or why the manager declined it. */
  @Column(name = "funding_change_reason")
  private String fundingChangeReason;

  /** The plan version the approved change made. */
  @Column(name = "funding_change_plan_id")
  private UUID fundingChangePlanId;

  @Column(name = "new_weekly_cost")
  private BigDecimal newWeeklyCost;

  protected Conversation() {
  }

  static Conversation held(ConversationType type, String taskId, String processInstanceId, CaseContext context,
      ConversationForm form, String heldBy, Instant now) {
    Conversation c = new Conversation();
    c.type = type;
    c.taskId = taskId;
    c.processInstanceId = processInstanceId;
    c.involvementId = context.involvementId();
    c.personId = context.personId();
    c.contactId = context.contactId();
    c.heldBy = heldBy;
    c.heldAt = now;
    c.presentingNeeds = form.presentingNeeds();
    c.relevantCircumstances = form.relevantCircumstances();
    c.wellbeingAndOutcomes = form.wellbeingAndOutcomes();
    c.strengths = form.strengths();
    c.agreedActions = form.agreedActions();
    c.communityConnections = form.communityConnections();
    c.participation = form.participation();
    c.participationNotes = form.participationNotes();
    c.hasCapacity = form.hasCapacity();
    c.bestInterestsDecision = form.bestInterestsDecision();
    c.representative = form.representative();
    c.advocate = form.advocate();
    c.carerPresent = form.carerPresent();
    c.carerConversationOffered = form.carerConversationOffered();
    c.carerConversationRefused = form.carerConversationRefused();
    c.carerRefusedReason = form.carerRefusedReason();
    c.carerNotOfferedReason = form.carerNotOfferedReason();
    c.heldHow = form.heldHow();
    c.risksExplored = form.risks().explored();
    c.riskSelfNeglect = form.risks().selfNeglect();
    c.riskHoarding = form.risks().hoarding();
    c.riskFailureToGainAccess = form.risks().failureToGainAccess();
    c.urgentAction = form.risks().urgentAction();
    return c;
  }

  void startsFrom(String todayAndTomorrow) {
    this.todayAndTomorrow = todayAndTomorrow;
  }

  void fundingChanges(BigDecimal newWeeklyCost) {
    fundingChange = true;
    fundingChangeStatus = "ASKED";
    this.newWeeklyCost = newWeeklyCost;
  }

  void fundingChangeRevised(BigDecimal newWeeklyCost, String reason) {
    fundingChanges(newWeeklyCost);
    fundingChangeReason = reason;
  }

  void fundingChangeApplied(UUID planVersionId) {
    fundingChangeStatus = "APPLIED";
    fundingChangePlanId = planVersionId;
  }

  void fundingChangeDeclined(String reason) {
    fundingChangeStatus = "DECLINED";
    fundingChangeReason = reason;
  }

  public String getFundingChangeStatus() {
    return fundingChangeStatus;
  }

  public String getFundingChangeReason() {
    return fundingChangeReason;
  }

  public UUID getFundingChangePlanId() {
    return fundingChangePlanId;
  }

  public boolean isFundingChange() {
    return Boolean.TRUE.equals(fundingChange);
  }

  public BigDecimal getNewWeeklyCost() {
    return newWeeklyCost;
  }

  void whatMatters(WhatMatters answers) {
    this.whatMatters = answers.whatMatters();
    this.barriers = answers.barriers();
  }

  /** Wales: what matters to the person and the barriers [W ¶37-42]; null in England. */
  public WhatMatters getWhatMatters() {
    return new WhatMatters(whatMatters, barriers);
  }

  void concluded(Conclusion conclusion) {
    this.outcome = conclusion.outcome();
    this.outcomeRationale = conclusion.rationale();
    this.concernAllegedPersonName = conclusion.alleged().name();
    this.concernAllegedPersonRelationship = conclusion.alleged().relationship();
  }

  public UUID getPersonId() {
    return personId;
  }

  public UUID getContactId() {
    return contactId;
  }

  public UUID getInvolvementId() {
    return involvementId;
  }

  public ConversationType getType() {
    return type;
  }

  public String getHeldBy() {
    return heldBy;
  }

  public Instant getHeldAt() {
    return heldAt;
  }

  public String getTodayAndTomorrow() {
    return todayAndTomorrow;
  }

  public Strengths getStrengths() {
    return strengths;
  }

  public Participation getParticipation() {
    return participation;
  }

  public Boolean getHasCapacity() {
    return hasCapacity;
  }

  public String getBestInterestsDecision() {
    return bestInterestsDecision;
  }

  public boolean isCarerPresent() {
    return carerPresent;
  }

  public Boolean getCarerConversationOffered() {
    return carerConversationOffered;
  }

  public Boolean getCarerConversationRefused() {
    return carerConversationRefused;
  }

  /** An informal carer was there, was offered a conversation of their own, and took it. */
  public boolean isCarerConversationAccepted() {
    return carerPresent && Boolean.TRUE.equals(carerConversationOffered)
        && !Boolean.TRUE.equals(carerConversationRefused);
  }

  public String getCarerRefusedReason() {
    return carerRefusedReason;
  }

  public String getCarerNotOfferedReason() {
    return carerNotOfferedReason;
  }

  public HeldHow getHeldHow() {
    return heldHow;
  }

  /** The risks explored, whether a need for urgent action was flagged, and what was done. */
  public Risks getRisks() {
    return new Risks(risksExplored, Boolean.TRUE.equals(riskSelfNeglect), Boolean.TRUE.equals(riskHoarding),
        Boolean.TRUE.equals(riskFailureToGainAccess), urgentAction);
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

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getPresentingNeeds() {
    return presentingNeeds;
  }

  public String getRelevantCircumstances() {
    return relevantCircumstances;
  }

  public String getWellbeingAndOutcomes() {
    return wellbeingAndOutcomes;
  }

  public String getAgreedActions() {
    return agreedActions;
  }

  public String getCommunityConnections() {
    return communityConnections;
  }

  public String getParticipationNotes() {
    return participationNotes;
  }

  public String getRepresentative() {
    return representative;
  }

  public Advocate getAdvocate() {
    return advocate;
  }
}
