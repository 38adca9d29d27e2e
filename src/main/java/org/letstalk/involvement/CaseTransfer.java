package org.letstalk.involvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/** A case moved to another team and worker by a team manager, with the reason; never changed afterwards. */
@Entity
@Table(name = "case_transfer")
public class CaseTransfer extends Identified {

  @Column(name = "involvement_id", nullable = false)
  private UUID involvementId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "from_team_id")
  private UUID fromTeamId;

  @Column(name = "from_worker")
  private String fromWorker;

  @Column(name = "to_team_id", nullable = false)
  private UUID toTeamId;

  @Column(name = "to_worker", nullable = false)
  private String toWorker;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "transferred_by", nullable = false)
  private String transferredBy;

  @Column(name = "transferred_at", nullable = false)
  private Instant transferredAt;

  @Column(name = "tasks_moved", nullable = false)
  private int tasksMoved;

  @Column(name = "processes_moved", nullable = false)
  private int processesMoved;

  protected CaseTransfer() {
  }

  public static CaseTransfer of(Involvement involvement, UUID fromTeamId, String fromWorker, String reason,
      String by, Instant at, int tasksMoved, int processesMoved) {
    CaseTransfer transfer = new CaseTransfer();
    transfer.involvementId = involvement.getId();
    transfer.personId = involvement.getPersonId();
    transfer.fromTeamId = fromTeamId;
    transfer.fromWorker = fromWorker;
    transfer.toTeamId = involvement.getAllocatedTeamId();
    transfer.toWorker = involvement.getAllocatedWorker();
    transfer.reason = reason;
    transfer.transferredBy = by;
    transfer.transferredAt = at;
    transfer.tasksMoved = tasksMoved;
    transfer.processesMoved = processesMoved;
    return transfer;
  }

  public UUID getInvolvementId() {
    return involvementId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public UUID getFromTeamId() {
    return fromTeamId;
  }

  public String getFromWorker() {
    return fromWorker;
  }

  public UUID getToTeamId() {
    return toTeamId;
  }

  public String getToWorker() {
    return toWorker;
  }

  public String getReason() {
    return reason;
  }

  public String getTransferredBy() {
    return transferredBy;
  }

  public Instant getTransferredAt() {
    return transferredAt;
  }

  public int getTasksMoved() {
    return tasksMoved;
  }

  public int getProcessesMoved() {
    return processesMoved;
  }
}
