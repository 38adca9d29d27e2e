package org.letstalk.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.letstalk.store.Versioned;

/**
 * A team of workers, its team manager and the service manager above it: the unit cases are allocated to. Its work
 * waits in its own queue (an engine group, {@link #getGroupId()}), and requests that need a team manager in the
 * queue of its managers ({@link #getManagersGroupId()}).
 */
@Entity
@Table(name = "team")
public class Team extends Versioned {

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "manager_user_id", nullable = false)
  private String managerUserId;

  @Column(name = "service_manager_user_id")
  private String serviceManagerUserId;

  /** The engine group whose members see the team's queue. */
  @Column(name = "group_id", nullable = false, unique = true)
  private String groupId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Team() {
  }

  static Team create(String name, String groupId, String managerUserId, String serviceManagerUserId, Instant now) {
    Team team = new Team();
    team.name = name;
    team.groupId = groupId;
    team.managerUserId = managerUserId;
    team.serviceManagerUserId = serviceManagerUserId;
    team.createdAt = now;
    return team;
  }

  void changeManagers(String managerUserId, String serviceManagerUserId) {
    this.managerUserId = managerUserId;
    this.serviceManagerUserId = serviceManagerUserId;
  }

  public String getName() {
    return name;
  }

  public String getManagerUserId() {
    return managerUserId;
  }

  public String getGroupId() {
    return groupId;
  }

  /** The engine group of the team's managers: the team manager and any member who manages it. */
  public String getManagersGroupId() {
    return managersGroupOf(groupId);
  }

  static String managersGroupOf(String teamGroupId) {
    return teamGroupId + "-managers";
  }

  public String getServiceManagerUserId() {
    return serviceManagerUserId;
  }

  /** A manager's own team: they manage it, or it sits in their service. */
  public boolean isManagedBy(String userId) {
    return userId.equals(managerUserId) || userId.equals(serviceManagerUserId);
  }
}
