package org.letstalk.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.letstalk.store.Versioned;

/** A team of workers, its team manager and the service manager above it. */
@Entity
@Table(name = "team")
public class Team extends Versioned {

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "manager_user_id", nullable = false)
  private String managerUserId;

  @Column(name = "service_manager_user_id")
  private String serviceManagerUserId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Team() {
  }

  static Team create(String name, String managerUserId, String serviceManagerUserId, Instant now) {
    Team team = new Team();
    team.name = name;
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

  public String getServiceManagerUserId() {
    return serviceManagerUserId;
  }

  /** A manager's own team: they manage it, or it sits in their service. */
  public boolean isManagedBy(String userId) {
    return userId.equals(managerUserId) || userId.equals(serviceManagerUserId);
  }
}
