package org.letstalk.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.letstalk.person.Language;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonMatch.MatchStatus;
import org.letstalk.person.ReportedDetails;
import org.letstalk.store.Versioned;

/** One contact at the front door: who got in touch, about whom, why, and what followed. */
@Entity
@Table(name = "contact")
public class Contact extends Versioned {

  /** The process that handles this contact; unique, so a retried step never records the contact twice. */
  @Column(name = "process_instance_id", nullable = false, unique = true)
  private String processInstanceId;

  @Column(name = "person_id")
  private UUID personId;

  @Column(name = "candidate_person_id")
  private UUID candidatePersonId;

  @Enumerated(EnumType.STRING)
  @Column(name = "match_status", nullable = false)
  private MatchStatus matchStatus;

  @Column(name = "match_decided_by")
  private String matchDecidedBy;

  @Column(name = "match_decision_reason")
  private String matchDecisionReason;

  @Column(name = "arrived_at", nullable = false)
  private Instant arrivedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  /** Who the contact is about, as the caller described them. */
  @Embedded
  private PersonDetails person;

  /** The details a council reports that the contact gave; none given leaves the columns empty. */
  @Embedded
  private ReportedDetails reported;

  @Enumerated(EnumType.STRING)
  @Column(name = "route_of_access", nullable = false)
  private RouteOfAccess routeOfAccess;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_route")
  private RequestRoute requestRoute;

  @Enumerated(EnumType.STRING)
  @Column(name = "contact_method", nullable = false)
  private ContactMethod contactMethod;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_relationship")
  private String contactRelationship;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "presenting_need", nullable = false)
  private String presentingNeed;

  @Column(name = "consent_to_share", nullable = false)
  private boolean consentToShare;

  @Column(name = "consent_notes")
  private String consentNotes;

  /** English or Welsh, as the person answered the Active Offer; null where nobody asked. */
  @Enumerated(EnumType.STRING)
  @Column(name = "language")
  private Language language;

  @Column(name = "interpreter_needed", nullable = false)
  private boolean interpreterNeeded;

  @Column(name = "safeguarding_concern", nullable = false)
  private boolean safeguardingConcern;

  @Column(name = "safeguarding_detail")
  private String safeguardingDetail;

  @Column(name = "safeguarding_alleged_person_name")
  private String safeguardingAllegedPersonName;

  @Column(name = "safeguarding_alleged_person_relationship")
  private String safeguardingAllegedPersonRelationship;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private ContactOutcome outcome;

  @Column(name = "outcome_reason")
  private String outcomeReason;

  @Column(name = "information_given")
  private String informationGiven;

  @Enumerated(EnumType.STRING)
  @Column(name = "information_advice_kind")
  private InformationAdviceOrAssistance informationAdviceOrAssistance;

  @Column(name = "crisis")
  private Boolean crisis;

  @Column(name = "allocated_user")
  private String allocatedUser;

  @Column(name = "allocated_group")
  private String allocatedGroup;

  @Column(name = "outcome_decided_by")
  private String outcomeDecidedBy;

  @Column(name = "outcome_decided_at")
  private Instant outcomeDecidedAt;

  protected Contact() {
  }

  public static Contact received(String processInstanceId, NewContact in, Instant arrivedAt, String recordedBy) {
    Contact c = new Contact();
    c.processInstanceId = processInstanceId;
    c.arrivedAt = arrivedAt;
    c.recordedBy = recordedBy;
    c.person = in.person();
    c.reported = in.reported();
    c.routeOfAccess = in.routeOfAccess();
    c.requestRoute = in.requestRoute();
    c.contactMethod = in.contactMethod();
    c.contactName = in.contactName();
    c.contactRelationship = in.contactRelationship();
    c.contactPhone = in.contactPhone();
    c.presentingNeed = in.presentingNeed();
    c.consentToShare = in.consentToShare();
    c.consentNotes = in.consentNotes();
    c.interpreterNeeded = in.interpreterNeeded();
    c.language = in.language();
    c.safeguardingConcern = in.safeguardingConcern();
    c.safeguardingDetail = in.safeguardingDetail();
    c.safeguardingAllegedPersonName = in.safeguardingAllegedPersonName();
    c.safeguardingAllegedPersonRelationship = in.safeguardingAllegedPersonRelationship();
    return c;
  }

  /** The person as this contact described them. */
  public PersonDetails describedPerson() {
    return person;
  }

  /** The details a council reports, as this contact gave them. */
  public ReportedDetails reportedDetails() {
    return reported == null ? ReportedDetails.NONE : reported;
  }

  void matched(MatchStatus status, UUID personId, UUID candidateId) {
    this.matchStatus = status;
    this.personId = personId;
    this.candidatePersonId = candidateId;
  }

  void matchDecided(MatchStatus status, UUID personId, String decidedBy, String reason) {
    this.matchStatus = status;
    this.personId = personId;
    this.matchDecidedBy = decidedBy;
    this.matchDecisionReason = reason;
  }

  void outcomeDecided(OutcomeDecision decision, String decidedBy, Instant at) {
    this.outcome = decision.outcome();
    this.outcomeReason = decision.reason();
    this.informationGiven = decision.informationGiven();
    this.informationAdviceOrAssistance = decision.informationAdviceOrAssistance();
    this.crisis = decision.outcome() == ContactOutcome.INFORMATION_AND_ADVICE ? null : decision.crisis();
    this.allocatedUser = decision.allocatedUser();
    this.allocatedGroup = decision.allocatedGroup();
    this.outcomeDecidedBy = decidedBy;
    this.outcomeDecidedAt = at;
  }

  void becameNewCase(String allocatedUser, String allocatedGroup) {
    this.outcome = ContactOutcome.NEW_CASE;
    this.crisis = false;
    this.allocatedUser = allocatedUser;
    this.allocatedGroup = allocatedGroup;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public UUID getCandidatePersonId() {
    return candidatePersonId;
  }

  public MatchStatus getMatchStatus() {
    return matchStatus;
  }

  public String getMatchDecidedBy() {
    return matchDecidedBy;
  }

  public String getMatchDecisionReason() {
    return matchDecisionReason;
  }

  public Instant getArrivedAt() {
    return arrivedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getGivenName() {
    return person.givenName();
  }

  public String getFamilyName() {
    return person.familyName();
  }

  public String getFullName() {
    return person.givenName() + " " + person.familyName();
  }

  public LocalDate getDateOfBirth() {
    return person.dateOfBirth();
  }

  public String getNhsNumber() {
    return person.nhsNumber();
  }

  public String getPostcode() {
    return person.postcode();
  }

  public RouteOfAccess getRouteOfAccess() {
    return routeOfAccess;
  }

  public RequestRoute getRequestRoute() {
    return requestRoute;
  }

  public ContactMethod getContactMethod() {
    return contactMethod;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactRelationship() {
    return contactRelationship;
  }

  public String getPresentingNeed() {
    return presentingNeed;
  }

  public boolean isConsentToShare() {
    return consentToShare;
  }

  public String getCommunicationNeeds() {
    return person.communicationNeeds();
  }

  public String getPreferredLanguage() {
    return person.preferredLanguage();
  }

  public boolean isInterpreterNeeded() {
    return interpreterNeeded;
  }

  public boolean isSafeguardingConcern() {
    return safeguardingConcern;
  }

  public String getSafeguardingDetail() {
    return safeguardingDetail;
  }

  public String getSafeguardingAllegedPersonName() {
    return safeguardingAllegedPersonName;
  }

  public String getSafeguardingAllegedPersonRelationship() {
    return safeguardingAllegedPersonRelationship;
  }

  public ContactOutcome getOutcome() {
    return outcome;
  }

  public String getOutcomeReason() {
    return outcomeReason;
  }

  public String getInformationGiven() {
    return informationGiven;
  }

  public InformationAdviceOrAssistance getInformationAdviceOrAssistance() {
    return informationAdviceOrAssistance;
  }

  public Boolean getCrisis() {
    return crisis;
  }

  public String getAllocatedUser() {
    return allocatedUser;
  }

  public String getAllocatedGroup() {
    return allocatedGroup;
  }

  public String getOutcomeDecidedBy() {
    return outcomeDecidedBy;
  }

  public Instant getOutcomeDecidedAt() {
    return outcomeDecidedAt;
  }

  public Language getLanguage() {
    return language;
  }
}
