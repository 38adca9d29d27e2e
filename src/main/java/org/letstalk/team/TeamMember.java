package org.letstalk.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/** A worker's membership of a team; a worker may be in several teams, and may manage one. */
@Entity
@Table(name = "team_member")
public class TeamMember extends Identified {

  @Column(name = "team_id", nullable = false)
  private UUID teamId;

  @Column(name = "worker_user_id", nullable = false)
  private String workerUserId;

  @Column(name = "manages", nullable = false)
  private boolean manages;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  protected TeamMember() {
  }

  static TeamMember join(UUID teamId, String workerUserId, boolean manages, Instant now) {
    TeamMember member = new TeamMember();
    member.teamId = teamId;
    member.workerUserId = workerUserId;
    member.manages = manages;
    member.joinedAt = now;
    return member;
  }

  void manages(boolean manages) {
    this.manages = manages;
  }

  public boolean isManaging() {
    return manages;
  }

  public UUID getTeamId() {
    return teamId;
  }

  public String getWorkerUserId() {
    return workerUserId;
  }
}
