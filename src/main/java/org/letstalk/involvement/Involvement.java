package org.letstalk.involvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Versioned;

/**
 * A person's case with the council, from the contact that opened it until it closes: conversations, then
 * long-term support for as long as a plan is in force. Each run of the involvement process is an episode of it.
 */
@Entity
@Table(name = "involvement")
public class Involvement extends Versioned {

  /** The episode that opened the case. */
  @Column(name = "process_instance_id", nullable = false, unique = true)
  private String processInstanceId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  /** The person while this involvement is open, then empty: unique, so a person never has two open at once. */
  @Column(name = "open_person_id")
  private UUID openPersonId;

  @Column(name = "contact_id")
  private UUID contactId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private InvolvementStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "stage", nullable = false)
  private InvolvementStage stage;

  @Column(name = "long_term_support_since")
  private Instant longTermSupportSince;

  /** The episode under way, if any; a change of it takes the optimistic lock, so two never start at once. */
  @Column(name = "current_process_instance_id")
  private String currentProcessInstanceId;

  /** The team the case is allocated to: its work waits in that team's queue. */
  @Column(name = "allocated_team_id")
  private UUID allocatedTeamId;

  /** The worker who holds the case. */
  @Column(name = "allocated_worker")
  private String allocatedWorker;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason")
  private String endReason;

  protected Involvement() {
  }

  static Involvement open(String processInstanceId, UUID personId, UUID contactId, boolean exclusive, Instant now) {
    Involvement involvement = new Involvement();
    involvement.processInstanceId = processInstanceId;
    involvement.currentProcessInstanceId = exclusive ? processInstanceId : null;
    involvement.personId = personId;
    involvement.openPersonId = personId;
    involvement.contactId = contactId;
    involvement.status = InvolvementStatus.OPEN;
    involvement.stage = InvolvementStage.CONVERSATIONS;
    involvement.startedAt = now;
    return involvement;
  }

  /** Allocates the case to the team and worker; a part left empty keeps what the case had. */
  void allocate(UUID teamId, String worker) {
    if (teamId != null) {
      allocatedTeamId = teamId;
    }
    if (worker != null) {
      allocatedWorker = worker;
    }
  }

  boolean isAllocated() {
    return allocatedTeamId != null && allocatedWorker != null;
  }

  public UUID getAllocatedTeamId() {
    return allocatedTeamId;
  }

  public String getAllocatedWorker() {
    return allocatedWorker;
  }

  /** Whether another episode than this one is under way. */
  boolean runsAnotherEpisode(String processInstanceId) {
    return currentProcessInstanceId != null && !currentProcessInstanceId.equals(processInstanceId);
  }

  void episodeStarted(String processInstanceId) {
    currentProcessInstanceId = processInstanceId;
  }

  void episodeEnded(String processInstanceId) {
    if (processInstanceId.equals(currentProcessInstanceId)) {
      currentProcessInstanceId = null;
    }
  }

  void beginLongTermSupport(Instant now) {
    if (stage != InvolvementStage.LONG_TERM_SUPPORT) {
      stage = InvolvementStage.LONG_TERM_SUPPORT;
      longTermSupportSince = now;
    }
  }

  void close(String reason, Instant now) {
    if (status == InvolvementStatus.OPEN) {
      status = InvolvementStatus.CLOSED;
      openPersonId = null;
      currentProcessInstanceId = null;
      endReason = reason;
      endedAt = now;
    }
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getCurrentProcessInstanceId() {
    return currentProcessInstanceId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public UUID getContactId() {
    return contactId;
  }

  public InvolvementStatus getStatus() {
    return status;
  }

  public InvolvementStage getStage() {
    return stage;
  }

  public Instant getLongTermSupportSince() {
    return longTermSupportSince;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndReason() {
    return endReason;
  }

  public Instant getStartedAt() {
    return startedAt;
  }
}
