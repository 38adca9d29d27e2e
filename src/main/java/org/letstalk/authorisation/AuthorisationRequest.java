package org.letstalk.authorisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** A request for a manager's authorisation and the decision on it: who asked, who decided, at what level, why. */
@Entity
@Table(name = "authorisation_request")
public class AuthorisationRequest extends Versioned {

  @Column(name = "process_instance_id", nullable = false, unique = true)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_type", nullable = false)
  private RequestType requestType;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "subject_id")
  private UUID subjectId;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "weekly_cost")
  private BigDecimal weeklyCost;

  @Column(name = "one_off_amount")
  private BigDecimal oneOffAmount;

  @Column(name = "residential", nullable = false)
  private boolean residential;

  @Column(name = "summary", nullable = false)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(name = "level")
  private AuthorisationLevel level;

  @Column(name = "escalations", nullable = false)
  private int escalations;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private AuthorisationStatus status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "decided_at_level")
  private AuthorisationLevel decidedAtLevel;

  @Column(name = "reason")
  private String reason;

  protected AuthorisationRequest() {
  }

  static AuthorisationRequest asked(String processInstanceId, RequestType type, UUID personId, UUID subjectId,
      String requestedBy, BigDecimal weeklyCost, BigDecimal oneOffAmount, boolean residential, String summary,
      Instant now) {
    AuthorisationRequest r = new AuthorisationRequest();
    r.processInstanceId = processInstanceId;
    r.requestType = type;
    r.personId = personId;
    r.subjectId = subjectId;
    r.requestedBy = requestedBy;
    r.weeklyCost = weeklyCost;
    r.oneOffAmount = oneOffAmount;
    r.residential = residential;
    r.summary = summary;
    r.requestedAt = now;
    r.status = AuthorisationStatus.PENDING;
    return r;
  }

  void routedTo(AuthorisationLevel level) {
    this.level = level;
  }

  void escalated() {
    escalations++;
    level = level.next();
  }

  void decided(AuthorisationDecision decision, String by, String reason, Instant now) {
    status = AuthorisationStatus.valueOf(decision.name());
    decidedBy = by;
    decidedAtLevel = level;
    this.reason = reason;
    decidedAt = now;
  }

  public boolean isDecided() {
    return status != AuthorisationStatus.PENDING;
  }

  public RequestType getRequestType() {
    return requestType;
  }

  public UUID getPersonId() {
    return personId;
  }

  public UUID getSubjectId() {
    return subjectId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public BigDecimal getWeeklyCost() {
    return weeklyCost;
  }

  public BigDecimal getOneOffAmount() {
    return oneOffAmount;
  }

  public AuthorisationLevel getLevel() {
    return level;
  }

  public int getEscalations() {
    return escalations;
  }

  public AuthorisationStatus getStatus() {
    return status;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public AuthorisationLevel getDecidedAtLevel() {
    return decidedAtLevel;
  }

  public String getReason() {
    return reason;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public boolean isResidential() {
    return residential;
  }

  public String getSummary() {
    return summary;
  }
}
