package org.letstalk.longtermsupport;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.letstalk.validation.FormInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deprivation of liberty authorisations [T 2.56; Mental Capacity Act 2005 Sch. A1]: each with the dates it runs
 * between and its conditions, lasting a year at most, and a review that falls due before it ends so a renewal is
 * never late.
 */
@Service
@Transactional
public class DeprivationOfLiberty {

  /** How long before an authorisation ends its review falls due: a renewal may be asked for 28 days ahead. */
  static final int REVIEW_DAYS_BEFORE_EXPIRY = 28;

  public static final String AUTHORISED = "dolsAuthorised";
  public static final String GRANTED_ON = "dolsGrantedOn";
  public static final String EXPIRES_ON = "dolsExpiresOn";
  public static final String CONDITIONS = "dolsConditions";
  public static final String RENEWED = "dolsRenewed";
  public static final String REVIEW_NOTES = "dolsReviewNotes";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public DeprivationOfLiberty(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** An authorisation as granted, checked. */
  public record Grant(LocalDate grantedOn, LocalDate expiresOn, String conditions) {
  }

  /** An authorisation recorded, with the day its review falls due. */
  public record Authorisation(UUID id, UUID personId, LocalDate grantedOn, LocalDate expiresOn, String conditions,
      LocalDate reviewDueOn) {
  }

  /** An authorisation as the record shows it: who recorded it, and its review once held. */
  public record History(UUID id, LocalDate grantedOn, LocalDate expiresOn, String conditions, LocalDate reviewDueOn,
      boolean renewsAnother, String recordedBy, Instant recordedAt, String reviewedBy,
      Instant reviewedAt, Boolean renewed, String reviewNotes) {
  }

  /** The form's authorisation: both dates, at most a year apart, and its conditions ("none" if there are none). */
  public static Grant grant(Map<String, ?> values) {
    return FormInput.read(values, in -> {
      LocalDate granted = in.requiredDate(GRANTED_ON);
      LocalDate expires = in.requiredDate(EXPIRES_ON);
      String conditions = in.requiredText(CONDITIONS, FormInput.LONG_TEXT);
      if (granted != null && expires != null) {
        if (!expires.isAfter(granted)) {
          in.reject(EXPIRES_ON, "must be after the day it was granted");
        } else if (expires.isAfter(granted.plusYears(1))) {
          in.reject(EXPIRES_ON, "must be no more than 12 months after the day it was granted");
        }
      }
      return new Grant(granted, expires, conditions);
    });
  }

  /** The day the review falls due: 28 days before the end, or the day it was granted if it is shorter. */
  public static LocalDate reviewDue(Grant grant) {
    LocalDate due = grant.expiresOn().minusDays(REVIEW_DAYS_BEFORE_EXPIRY);
    return due.isBefore(grant.grantedOn()) ? grant.grantedOn() : due;
  }

  /** Records the authorisation (once per task: a retried step finds it). */
  public Authorisation record(String taskId, UUID personId, Grant grant, UUID renews, String by) {
    Optional<Authorisation> recorded = find("task_id = ?", taskId);
    if (recorded.isPresent()) {
      return recorded.get();
    }
    UUID id = UUID.randomUUID();
    jdbc.update("""
        insert into dols_authorisation (id, task_id, person_id, renews_id, granted_on, expires_on, conditions,
          review_due_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, taskId, personId, renews, Date.valueOf(grant.grantedOn()), Date.valueOf(grant.expiresOn()),
        grant.conditions(), Date.valueOf(reviewDue(grant)), by, Timestamp.from(clock.instant()));
    return get(id);
  }

  /** Records the review of an authorisation: renewed or not, and what it found. */
  public void reviewed(UUID id, boolean renewed, String notes, String by) {
    jdbc.update("""
        update dols_authorisation set reviewed_at = ?, reviewed_by = ?, renewed = ?, review_notes = ?
         where id = ? and reviewed_at is null""", Timestamp.from(clock.instant()), by, renewed, notes, id);
  }

  public Authorisation get(UUID id) {
    return find("id = ?", id).orElseThrow(() -> new IllegalStateException("no authorisation " + id));
  }

  /** The person's authorisations, the latest first. */
  public List<Authorisation> of(UUID personId) {
    return jdbc.query("select * from dols_authorisation where person_id = ? order by granted_on desc",
        (rs, n) -> authorisation(rs), personId);
  }

  /** The person's authorisations with their reviews, in the order they were granted. */
  @Transactional(readOnly = true)
  public List<History> historyOf(UUID personId) {
    return jdbc.query("select * from dols_authorisation where person_id = ? order by granted_on, recorded_at",
        (rs, n) -> new History(rs.getObject("id", UUID.class), rs.getDate("granted_on").toLocalDate(),
            rs.getDate("expires_on").toLocalDate(), rs.getString("conditions"),
            rs.getDate("review_due_on").toLocalDate(), rs.getObject("renews_id") != null,
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("reviewed_by"),
            rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant(),
            (Boolean) rs.getObject("renewed"), rs.getString("review_notes")),
        personId);
  }

  private Optional<Authorisation> find(String where, Object key) {
    return jdbc.query("select * from dols_authorisation where " + where, (rs, n) -> authorisation(rs), key)
        .stream().findFirst();
  }

  private static Authorisation authorisation(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Authorisation(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        rs.getDate("granted_on").toLocalDate(), rs.getDate("expires_on").toLocalDate(), rs.getString("conditions"),
        rs.getDate("review_due_on").toLocalDate());
  }
}
