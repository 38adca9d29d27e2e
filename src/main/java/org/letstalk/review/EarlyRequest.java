package org.letstalk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/** One request for a review before its date [W ¶189]; a review can have several, each kept. */
@Entity
@Table(name = "review_early_request")
public class EarlyRequest extends Identified {

  @Column(name = "review_id", nullable = false)
  private UUID reviewId;

  @Column(name = "step_key", nullable = false, unique = true)
  private String stepKey;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "requester_role", nullable = false)
  private RequesterRole requesterRole;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  protected EarlyRequest() {
  }

  static EarlyRequest of(UUID reviewId, String stepKey, EarlyReviewRequest request, Instant now) {
    EarlyRequest early = new EarlyRequest();
    early.reviewId = reviewId;
    early.stepKey = stepKey;
    early.requestedBy = request.requestedBy();
    early.requesterRole = request.requesterRole();
    early.reason = request.reason();
    early.requestedAt = now;
    return early;
  }

  public UUID getReviewId() {
    return reviewId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public RequesterRole getRequesterRole() {
    return requesterRole;
  }

  public String getReason() {
    return reason;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }
}
