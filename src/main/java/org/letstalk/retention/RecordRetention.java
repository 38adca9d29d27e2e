package org.letstalk.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out the retention policy ({@link RetentionProperties}) for one run of the record-retention process, and
 * records in {@code retention_run} what each rule did. A rule already done in this run is not done again.
 *
 * <p>A closed case is anonymised, not deleted: the figures and the statutory return still count it. What identifies
 * the person goes (name, date of birth, NHS number, address, postcode, phone, language and communication needs, on
 * the person and on each contact, and their initials in the email notices kept), and so do what the contacts said
 * and the text of the case notes. The conversations' own free text stays (SECURITY.md, "Retention"). The documents
 * made for an anonymised person go whole: each is kept exactly as it was given (the database refuses to rewrite one),
 * so it cannot be anonymised.
 */
@Service
public class RecordRetention {

  static final String ANONYMISED = "Anonymised";
  static final String REMOVED = "(removed under the retention policy)";

  private final JdbcTemplate jdbc;
  private final RetentionProperties periods;
  private final Clock clock;

  public RecordRetention(JdbcTemplate jdbc, RetentionProperties periods, Clock clock) {
    this.jdbc = jdbc;
    this.periods = periods;
    this.clock = clock;
  }

  /** A run's result for one rule. */
  public record Done(RetentionRule rule, Instant cutoff, int records) {
  }

  @Transactional
  public Done anonymiseClosedCases(String runId) {
    Instant now = clock.instant();
    Done earlier = done(runId, RetentionRule.CLOSED_CASES);
    if (earlier != null) {
      return earlier;
    }
    Timestamp cutoff = cutoff(now, periods.closedCases());
    List<UUID> people = jdbc.queryForList("""
        select p.id from person p
         where p.anonymised_at is null
           and exists (select 1 from involvement i where i.person_id = p.id)
           and not exists (select 1 from involvement i where i.person_id = p.id
                            and (i.status <> 'CLOSED' or i.ended_at is null or i.ended_at >= ?))""",
        UUID.class, cutoff);
    for (UUID person : people) {
      jdbc.update("""
          update person set given_name = ?, family_name = ?, date_of_birth = null, nhs_number = null,
                 postcode = null, address = null, phone = null, preferred_language = null, communication_needs = null,
                 title = null, preferred_name = null, email = null,
                 name_key = ?, postcode_key = null, identity_key = null, anonymised_at = ?
           where id = ?""", ANONYMISED, ANONYMISED, "anonymised", Timestamp.from(now), person);
      jdbc.update("""
          update contact set given_name = ?, family_name = ?, date_of_birth = null, nhs_number = null,
                 postcode = null, address = null, phone = null, contact_name = null, contact_phone = null,
                 title = null, preferred_name = null, email = null, presenting_need = ?
           where person_id = ?""", ANONYMISED, ANONYMISED, REMOVED, person);
      jdbc.update("update case_note set note_text = ?, evidence = null where person_id = ?", REMOVED, person);
      jdbc.update("update notice set initials = null where person_id = ?", person);
    }
    return record(runId, RetentionRule.CLOSED_CASES, cutoff, people.size(), now);
  }

  /**
   * Deletes the documents made for every anonymised person, with the record of how each was given: those anonymised
   * in this run and on any earlier night. Everyone else's documents are kept.
   */
  @Transactional
  public Done removeDocumentsOfAnonymised(String runId) {
    Instant now = clock.instant();
    Done earlier = done(runId, RetentionRule.DOCUMENTS_OF_ANONYMISED);
    if (earlier != null) {
      return earlier;
    }
    String ofAnonymised = "select d.id from person_document d join person p on p.id = d.person_id"
        + " where p.anonymised_at is not null";
    jdbc.update("delete from document_given where document_id in (" + ofAnonymised + ")");
    int removed = jdbc.update("delete from person_document where id in (" + ofAnonymised + ")");
    return record(runId, RetentionRule.DOCUMENTS_OF_ANONYMISED, Timestamp.from(now), removed, now);
  }

  @Transactional
  public Done trimAccessLog(String runId) {
    Instant now = clock.instant();
    Done earlier = done(runId, RetentionRule.ACCESS_LOG);
    if (earlier != null) {
      return earlier;
    }
    Timestamp cutoff = cutoff(now, periods.accessLog());
    int removed = jdbc.update("delete from record_access where accessed_at < ?", cutoff);
    return record(runId, RetentionRule.ACCESS_LOG, cutoff, removed, now);
  }

  /** What a run did, rule by rule. */
  public List<Done> runs(String runId) {
    return jdbc.query("select rule, cutoff, records from retention_run where process_instance_id = ? order by rule",
        (rs, i) -> new Done(RetentionRule.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(), rs.getInt(3)),
        runId);
  }

  private Done done(String runId, RetentionRule rule) {
    return runs(runId).stream().filter(d -> d.rule() == rule).findFirst().orElse(null);
  }

  private Done record(String runId, RetentionRule rule, Timestamp cutoff, int records, Instant now) {
    jdbc.update("insert into retention_run (id, process_instance_id, rule, cutoff, records, ran_at)"
        + " values (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), runId, rule.name(), cutoff, records, Timestamp.from(now));
    return new Done(rule, cutoff.toInstant(), records);
  }

  private static Timestamp cutoff(Instant now, Period period) {
    return Timestamp.from(now.atOffset(ZoneOffset.UTC).minus(period).toInstant());
  }
}
