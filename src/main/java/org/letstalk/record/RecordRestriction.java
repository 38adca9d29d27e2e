package org.letstalk.record;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** A record only the named groups and people read: a member of staff, or someone known to staff. */
@Entity
@Table(name = "record_restriction")
public class RecordRestriction extends Versioned {

  @Column(name = "person_id", nullable = false, unique = true)
  private UUID personId;

  @Column(name = "reason", nullable = false)
  private String reason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "record_restriction_group", joinColumns = @JoinColumn(name = "restriction_id"))
  @Column(name = "group_id", nullable = false)
  private Set<String> readerGroups = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "record_restriction_user", joinColumns = @JoinColumn(name = "restriction_id"))
  @Column(name = "user_id", nullable = false)
  private Set<String> readerUsers = new TreeSet<>();

  @Column(name = "restricted_by", nullable = false)
  private String restrictedBy;

  @Column(name = "restricted_at", nullable = false)
  private Instant restrictedAt;

  protected RecordRestriction() {
  }

  static RecordRestriction of(UUID personId) {
    RecordRestriction restriction = new RecordRestriction();
    restriction.personId = personId;
    return restriction;
  }

  void set(String reason, Collection<String> groups, Collection<String> users, String by, Instant now) {
    this.reason = reason;
    this.readerGroups.clear();
    this.readerGroups.addAll(groups);
    this.readerUsers.clear();
    this.readerUsers.addAll(users);
    this.restrictedBy = by;
    this.restrictedAt = now;
  }

  boolean allows(String userId, Collection<String> groups) {
    return readerUsers.contains(userId) || groups.stream().anyMatch(readerGroups::contains);
  }

  public UUID getPersonId() {
    return personId;
  }

  public String getReason() {
    return reason;
  }

  public Set<String> getReaderGroups() {
    return Set.copyOf(readerGroups);
  }

  public Set<String> getReaderUsers() {
    return Set.copyOf(readerUsers);
  }

  public String getRestrictedBy() {
    return restrictedBy;
  }

  public Instant getRestrictedAt() {
    return restrictedAt;
  }
}
