package org.letstalk.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/** A worker's membership of their team (one team at a time). */
@Entity
@Table(name = "team_member")
public class TeamMember extends Identified {

  @Column(name = "team_id", nullable = false)
  private UUID teamId;

  @Column(name = "worker_user_id", nullable = false, unique = true)
  private String workerUserId;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  protected TeamMember() {
  }

  static TeamMember join(UUID teamId, String workerUserId, Instant now) {
    TeamMember member = new TeamMember();
    member.teamId = teamId;
    member.workerUserId = workerUserId;
    member.joinedAt = now;
    return member;
  }

  void moveTo(UUID teamId, Instant now) {
    this.teamId = teamId;
    this.joinedAt = now;
  }

  public UUID getTeamId() {
    return teamId;
  }

  public String getWorkerUserId() {
    return workerUserId;
  }
}
