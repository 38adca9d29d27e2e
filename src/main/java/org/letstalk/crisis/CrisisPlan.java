package org.letstalk.crisis;

import org.letstalk.conversation.Conversation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** A Let's Talk 2 emergency plan: what must change now, time-limited to 1 to 8 weeks [T 2.43]. */
@Entity
@Table(name = "crisis_plan")
public class CrisisPlan extends Versioned {

  @Column(name = "task_id", nullable = false, unique = true)
  private String taskId;

  @Column(name = "conversation_id", nullable = false)
  private UUID conversationId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "contact_id")
  private UUID contactId;

  @Column(name = "made_by", nullable = false)
  private String madeBy;

  @Column(name = "made_at", nullable = false)
  private Instant madeAt;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private CrisisPlanStatus status;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by")
  private String endedBy;

  @Column(name = "end_reason")
  private String endReason;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "crisis_plan_id", nullable = false)
  @OrderBy("position")
  private List<CrisisPlanAction> actions = new ArrayList<>();

  protected CrisisPlan() {
  }

  static CrisisPlan made(String taskId, Conversation conversation, LocalDate startsOn, LocalDate endsOn,
      List<String> actions, String madeBy, Instant now) {
    CrisisPlan plan = new CrisisPlan();
    plan.taskId = taskId;
    plan.conversationId = conversation.getId();
    plan.personId = conversation.getPersonId();
    plan.contactId = conversation.getContactId();
    plan.madeBy = madeBy;
    plan.madeAt = now;
    plan.startsOn = startsOn;
    plan.endsOn = endsOn;
    plan.status = CrisisPlanStatus.ACTIVE;
    for (int i = 0; i < actions.size(); i++) {
      plan.actions.add(new CrisisPlanAction(i + 1, actions.get(i)));
    }
    return plan;
  }

  void end(CrisisPlanStatus status, String reason, String by, Instant now) {
    if (this.status == CrisisPlanStatus.ACTIVE) {
      this.status = status;
      this.endReason = reason;
      this.endedBy = by;
      this.endedAt = now;
    }
  }

  public UUID getConversationId() {
    return conversationId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public UUID getContactId() {
    return contactId;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public CrisisPlanStatus getStatus() {
    return status;
  }

  public String getEndReason() {
    return endReason;
  }

  public Instant getMadeAt() {
    return madeAt;
  }

  public List<String> getActions() {
    return actions.stream().map(CrisisPlanAction::getDescription).toList();
  }

  public String getMadeBy() {
    return madeBy;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndedBy() {
    return endedBy;
  }
}
