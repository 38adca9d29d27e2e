package org.letstalk.longtermsupport;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.conversation.Advocate;
import org.letstalk.conversation.Participation;
import org.letstalk.conversation.Strengths;
import org.letstalk.conversation.WhatMatters;
import org.letstalk.store.Versioned;

/** The record of one Let's Talk 3 [T 2.52-2.61]: analysis, eligibility, money and how it ended. */
@Entity
@Table(name = "lets_talk_3")
public class LetsTalk3 extends Versioned {

  @Column(name = "process_instance_id", nullable = false, unique = true)
  private String processInstanceId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "involvement_id")
  private UUID involvementId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "earlier_conversation_held", nullable = false)
  private boolean earlierConversationHeld;

  @Column(name = "omission_reason")
  private String omissionReason;

  @Column(name = "omission_requested_by")
  private String omissionRequestedBy;

  @Column(name = "held_by")
  private String heldBy;

  @Column(name = "held_at")
  private Instant heldAt;

  @Embedded
  private Strengths strengths;

  @Column(name = "ability_to_meet_own_needs")
  private String abilityToMeetOwnNeeds;

  @Column(name = "informal_network")
  private String informalNetwork;

  @Column(name = "interests_and_opportunities")
  private String interestsAndOpportunities;

  @Column(name = "other_ways_to_meet_need")
  private String otherWaysToMeetNeed;

  @Column(name = "risk_of_harm")
  private String riskOfHarm;

  @Column(name = "capacity_accommodation")
  private Boolean capacityAccommodation;

  @Column(name = "capacity_care")
  private Boolean capacityCare;

  @Column(name = "capacity_treatment")
  private Boolean capacityTreatment;

  @Column(name = "best_interests_decision")
  private String bestInterestsDecision;

  @Column(name = "dols_risk")
  private Boolean dolsRisk;

  @Column(name = "transport")
  private String transport;

  @Column(name = "outcomes_sought")
  private String outcomesSought;

  @Column(name = "what_matters")
  private String whatMatters;

  @Column(name = "barriers")
  private String barriers;

  @Column(name = "how_paid_support_meets_them")
  private String howPaidSupportMeetsThem;

  @Column(name = "chc_to_be_considered")
  private Boolean chcToBeConsidered;

  @Column(name = "chc_reason")
  private String chcReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "participation")
  private Participation participation;

  @Column(name = "participation_notes")
  private String participationNotes;

  @Column(name = "representative")
  private String representative;

  @Enumerated(EnumType.STRING)
  @Column(name = "advocate")
  private Advocate advocate;

  @Column(name = "carer_present")
  private Boolean carerPresent;

  @Column(name = "carer_conversation_offered")
  private Boolean carerConversationOffered;

  @Column(name = "carer_conversation_refused")
  private Boolean carerConversationRefused;

  @Column(name = "carer_refused_reason")
  private String carerRefusedReason;

  @Column(name = "carer_not_offered_reason")
  private String carerNotOfferedReason;

  @Column(name = "eligibility_determination_id")
  private UUID eligibilityDeterminationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "financial_outcome")
  private FinancialOutcome financialOutcome;

  @Column(name = "weekly_contribution")
  private BigDecimal weeklyContribution;

  @Column(name = "personal_budget")
  private BigDecimal personalBudget;

  @Column(name = "support_plan_id")
  private UUID supportPlanId;

  @Column(name = "written_decision")
  private String writtenDecision;

  @Column(name = "information_and_advice")
  private String informationAndAdvice;

  @Column(name = "right_to_challenge_explained")
  private Boolean rightToChallengeExplained;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private LetsTalk3Outcome outcome;

  @Column(name = "outcome_rationale")
  private String outcomeRationale;

  @Column(name = "concluded_at")
  private Instant concludedAt;

  protected LetsTalk3() {
  }

  static LetsTalk3 start(String processInstanceId, UUID personId, UUID involvementId, boolean earlierConversationHeld,
      Instant now) {
    LetsTalk3 record = new LetsTalk3();
    record.processInstanceId = processInstanceId;
    record.personId = personId;
    record.involvementId = involvementId;
    record.earlierConversationHeld = earlierConversationHeld;
    record.startedAt = now;
    return record;
  }

  void omissionAsked(String reason, String by) {
    omissionReason = reason;
    omissionRequestedBy = by;
  }

  void analysed(Analysis analysis, String by, Instant now) {
    heldBy = by;
    heldAt = now;
    strengths = analysis.strengths();
    abilityToMeetOwnNeeds = analysis.abilityToMeetOwnNeeds();
    informalNetwork = analysis.informalNetwork();
    interestsAndOpportunities = analysis.interestsAndOpportunities();
    otherWaysToMeetNeed = analysis.otherWaysToMeetNeed();
    riskOfHarm = analysis.riskOfHarm();
    capacityAccommodation = analysis.capacityAccommodation();
    capacityCare = analysis.capacityCare();
    capacityTreatment = analysis.capacityTreatment();
    bestInterestsDecision = analysis.bestInterestsDecision();
    dolsRisk = analysis.dolsRisk();
    transport = analysis.transport();
    outcomesSought = analysis.outcomesSought();
    whatMatters = analysis.whatMatters().whatMatters();
    barriers = analysis.whatMatters().barriers();
    howPaidSupportMeetsThem = analysis.howPaidSupportMeetsThem();
    chcToBeConsidered = analysis.chcToBeConsidered();
    chcReason = analysis.chcReason();
    participation = analysis.participation();
    participationNotes = analysis.participationNotes();
    representative = analysis.representative();
    advocate = analysis.advocate();
    carerPresent = analysis.carer().present();
    carerConversationOffered = analysis.carer().offered();
    carerConversationRefused = analysis.carer().refused();
    carerRefusedReason = analysis.carer().refusedReason();
    carerNotOfferedReason = analysis.carer().notOfferedReason();
  }

  void financiallyAssessed(UUID determinationId, FinancialOutcome outcome, BigDecimal contribution) {
    eligibilityDeterminationId = determinationId;
    financialOutcome = outcome;
    weeklyContribution = contribution;
  }

  void planned(BigDecimal budget, UUID planId) {
    personalBudget = budget;
    supportPlanId = planId;
  }

  void notEligible(UUID determinationId, String decision, String advice) {
    eligibilityDeterminationId = determinationId;
    writtenDecision = decision;
    informationAndAdvice = advice;
    rightToChallengeExplained = true;
  }

  void concluded(LetsTalk3Outcome outcome, String rationale, Instant now) {
    this.outcome = outcome;
    outcomeRationale = rationale;
    concludedAt = now;
  }

  public UUID getPersonId() {
    return personId;
  }

  public UUID getInvolvementId() {
    return involvementId;
  }

  public boolean isEarlierConversationHeld() {
    return earlierConversationHeld;
  }

  public String getOmissionReason() {
    return omissionReason;
  }

  public String getHeldBy() {
    return heldBy;
  }

  public Strengths getStrengths() {
    return strengths;
  }

  public String getOtherWaysToMeetNeed() {
    return otherWaysToMeetNeed;
  }

  public Boolean getDolsRisk() {
    return dolsRisk;
  }

  public Boolean getChcToBeConsidered() {
    return chcToBeConsidered;
  }

  public UUID getEligibilityDeterminationId() {
    return eligibilityDeterminationId;
  }

  public FinancialOutcome getFinancialOutcome() {
    return financialOutcome;
  }

  public BigDecimal getWeeklyContribution() {
    return weeklyContribution;
  }

  public BigDecimal getPersonalBudget() {
    return personalBudget;
  }

  public UUID getSupportPlanId() {
    return supportPlanId;
  }

  public String getWrittenDecision() {
    return writtenDecision;
  }

  public String getInformationAndAdvice() {
    return informationAndAdvice;
  }

  public LetsTalk3Outcome getOutcome() {
    return outcome;
  }

  public Participation getParticipation() {
    return participation;
  }

  public Boolean getCarerConversationOffered() {
    return carerConversationOffered;
  }

  public String getCarerNotOfferedReason() {
    return carerNotOfferedReason;
  }

  public String getOutcomeRationale() {
    return outcomeRationale;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getHeldAt() {
    return heldAt;
  }

  public String getAbilityToMeetOwnNeeds() {
    return abilityToMeetOwnNeeds;
  }

  public String getInformalNetwork() {
    return informalNetwork;
  }

  public String getInterestsAndOpportunities() {
    return interestsAndOpportunities;
  }

  public String getRiskOfHarm() {
    return riskOfHarm;
  }

  public Boolean getCapacityAccommodation() {
    return capacityAccommodation;
  }

  public Boolean getCapacityCare() {
    return capacityCare;
  }

  public Boolean getCapacityTreatment() {
    return capacityTreatment;
  }

  public String getBestInterestsDecision() {
    return bestInterestsDecision;
  }

  public String getTransport() {
    return transport;
  }

  public String getOutcomesSought() {
    return outcomesSought;
  }

  /** Wales: what matters to the person and the barriers [W ¶37-42]; both null in England. */
  public WhatMatters getWhatMatters() {
    return new WhatMatters(whatMatters, barriers);
  }

  public String getHowPaidSupportMeetsThem() {
    return howPaidSupportMeetsThem;
  }

  public String getChcReason() {
    return chcReason;
  }

  public Boolean getRightToChallengeExplained() {
    return rightToChallengeExplained;
  }

  public Instant getConcludedAt() {
    return concludedAt;
  }
}
