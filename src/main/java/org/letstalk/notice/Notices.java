package org.letstalk.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the notices that tell someone something needs them, and keeps who turned their emails off. A notice is
 * written in the transaction of what caused it, so it is kept exactly when that is, and sent once it has committed
 * ({@link NoticeSender}); its event key makes a second queueing of the same event find the first.
 */
@Service
public class Notices {

  private final NamedParameterJdbcTemplate jdbc;
  private final PersonRepository people;
  private final Clock clock;

  public Notices(NamedParameterJdbcTemplate jdbc, PersonRepository people, Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.clock = clock;
  }

  /** A case given to a worker (on allocation or transfer), once per {@code eventKey}. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void caseGiven(NoticeKind kind, UUID personId, String worker, String eventKey) {
    queue(eventKey, worker, kind, personId, null, null);
  }

  /** A case given to a worker in no team, told to a manager of the default team that holds it meanwhile. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void workerInNoTeam(UUID personId, String manager, String eventKey) {
    queue(eventKey, manager, NoticeKind.WORKER_IN_NO_TEAM, personId, null, null);
  }

  /** A task past its due date, told to {@code recipient} once per task and due date. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void taskOverdue(NoticeKind kind, String recipient, UUID personId, String taskId, Instant dueAt) {
    queue("overdue:" + taskId + ":" + dueAt.toEpochMilli(), recipient, kind, personId, taskId, dueAt);
  }

  /** Whether the user is sent emails: yes, unless they turned them off. */
  @Transactional(readOnly = true)
  public boolean emailsOn(String userId) {
    return jdbc.query("select emails_on from notice_preference where user_id = :user",
        new MapSqlParameterSource("user", userId), (rs, i) -> rs.getBoolean("emails_on")).stream()
        .findFirst().orElse(true);
  }

  /** The user's own choice; nobody chooses for anyone else. */
  @Transactional
  public void chooseEmails(String userId, boolean on) {
    MapSqlParameterSource params = new MapSqlParameterSource("user", userId).addValue("on", on)
        .addValue("now", Timestamp.from(clock.instant()));
    if (jdbc.update("update notice_preference set emails_on = :on, changed_at = :now where user_id = :user",
        params) == 0) {
      jdbc.update("insert into notice_preference (id, user_id, emails_on, changed_at)"
          + " values (:id, :user, :on, :now)", params.addValue("id", UUID.randomUUID()));
    }
  }

  private void queue(String eventKey, String recipient, NoticeKind kind, UUID personId, String taskId,
      Instant dueAt) {
    if (recipient == null) {
      return;
    }
    MapSqlParameterSource params = new MapSqlParameterSource("key", eventKey).addValue("recipient", recipient);
    Integer already = jdbc.queryForObject("select count(*) from notice where event_key = :key"
        + " and recipient_user_id = :recipient", params, Integer.class);
    if (already != null && already > 0) {
      return;
    }
    jdbc.update("""
        insert into notice (id, event_key, recipient_user_id, kind, person_id, initials, task_id, due_at, created_at,
          attempts)
        values (:id, :key, :recipient, :kind, :person, :initials, :task, :due, :now, 0)
        """, params.addValue("id", UUID.randomUUID()).addValue("kind", kind.name()).addValue("person", personId)
        .addValue("initials", initialsOf(personId)).addValue("task", taskId)
        .addValue("due", dueAt == null ? null : Timestamp.from(dueAt))
        .addValue("now", Timestamp.from(clock.instant())));
  }

  /** "A. B.": as much of the person as a notice carries. */
  private String initialsOf(UUID personId) {
    if (personId == null) {
      return null;
    }
    Optional<Person> person = people.findById(personId);
    return person.map(p -> initial(p.getGivenName()) + initial(p.getFamilyName())).map(String::trim)
        .filter(s -> !s.isEmpty()).orElse(null);
  }

  private static String initial(String name) {
    return name == null || name.isBlank() ? "" : name.strip().codePoints().limit(1)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
        .toUpperCase(java.util.Locale.ROOT) + ". ";
  }
}
