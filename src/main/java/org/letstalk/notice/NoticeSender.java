package org.letstalk.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.letstalk.identity.Workers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the notices waiting, each once: a node claims a notice before sending it, so two nodes never send the same
 * one, and marks it done after. A mail server that refuses or is down leaves the notice waiting for the next run;
 * what the practitioner did was committed long before. Without a mail server configured (the embedded default),
 * each notice is written to the log instead.
 */
@Component
public class NoticeSender {

  private static final Logger LOG = LoggerFactory.getLogger(NoticeSender.class);
  /** A node that claimed a notice and died: after this another node sends it. */
  private static final Duration CLAIM_LAPSES = Duration.ofMinutes(5);
  private static final int BATCH = 100;
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

  private final NamedParameterJdbcTemplate jdbc;
  private final Notices notices;
  private final Workers workers;
  private final ObjectProvider<JavaMailSender> mail;
  private final NoticeProperties properties;
  private final Clock clock;

  NoticeSender(NamedParameterJdbcTemplate jdbc, Notices notices, Workers workers, ObjectProvider<JavaMailSender> mail,
      NoticeProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.notices = notices;
    this.workers = workers;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
  }

  record Waiting(UUID id, String recipient, NoticeKind kind, UUID personId, String initials, String taskId,
      Instant dueAt, int attempts, Instant createdAt) {
  }

  /** Sends what is waiting, oldest first, each notice tried once a run; returns how many it dealt with. */
  @Scheduled(initialDelayString = "${letstalk.notices.send-interval:PT30S}",
      fixedDelayString = "${letstalk.notices.send-interval:PT30S}")
  public int sendWaiting() {
    int dealt = 0;
    Instant afterCreated = Instant.EPOCH;
    UUID afterId = new UUID(0, 0);
    List<Waiting> batch;
    do {
      batch = waiting(afterCreated, afterId);
      for (Waiting notice : batch) {
        if (claim(notice)) {
          dealt += deliver(notice) ? 1 : 0;
        }
        afterCreated = notice.createdAt();
        afterId = notice.id();
      }
    } while (batch.size() == BATCH);
    return dealt;
  }

  private List<Waiting> waiting(Instant afterCreated, UUID afterId) {
    return jdbc.query("""
        select id, recipient_user_id, kind, person_id, initials, task_id, due_at, attempts, created_at from notice
        where done_at is null and (claimed_at is null or claimed_at < :lapsed)
          and (created_at > :afterCreated or (created_at = :afterCreated and id > :afterId))
        order by created_at, id fetch first %d rows only
        """.formatted(BATCH), new MapSqlParameterSource("lapsed", Timestamp.from(clock.instant().minus(CLAIM_LAPSES)))
            .addValue("afterCreated", Timestamp.from(afterCreated)).addValue("afterId", afterId),
        (rs, i) -> new Waiting(rs.getObject("id", UUID.class), rs.getString("recipient_user_id"),
            NoticeKind.valueOf(rs.getString("kind")), rs.getObject("person_id", UUID.class), rs.getString("initials"),
            rs.getString("task_id"), rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant(),
            rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant()));
  }

  private boolean claim(Waiting notice) {
    return jdbc.update("update notice set claimed_at = :now where id = :id and done_at is null"
        + " and (claimed_at is null or claimed_at < :lapsed)", new MapSqlParameterSource("id", notice.id())
        .addValue("now", Timestamp.from(clock.instant()))
        .addValue("lapsed", Timestamp.from(clock.instant().minus(CLAIM_LAPSES)))) == 1;
  }

  private boolean deliver(Waiting notice) {
    if (!notices.emailsOn(notice.recipient())) {
      return done(notice, "TURNED_OFF");
    }
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      LOG.info("Email notice not sent, no mail server is set (spring.mail.host): {} for {}, {}", notice.kind(),
          notice.recipient(), link(notice));
      return done(notice, "LOGGED");
    }
    String address = workers.emailOf(notice.recipient());
    if (address == null || address.isBlank()) {
      LOG.warn("Email notice not sent: {} has no email address", notice.recipient());
      return done(notice, "NO_ADDRESS");
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.from());
    message.setTo(address);
    message.setSubject(notice.kind().subject());
    message.setText(text(notice));
    try {
      sender.send(message);
      return done(notice, "SENT");
    } catch (MailException e) {
      failed(notice, e);
      return false;
    }
  }

  /** What and where: the kind of notice, the person's initials, the due date of a task, and the link. */
  String text(Waiting notice) {
    StringBuilder text = new StringBuilder(notice.kind().opening());
    text.append(notice.initials() == null ? "." : ": the person with the initials " + notice.initials() + ".");
    if (notice.dueAt() != null) {
      text.append("\n\nIt was due on ").append(DUE.format(notice.dueAt().atZone(UK))).append('.');
    }
    text.append("\n\nOpen it in Let's Talk: ").append(link(notice));
    text.append("\n\nLet's Talk sends you these emails so that nothing waits on you unseen. To turn them off: ")
        .append(properties.baseUrl()).append("/notices");
    return text.append('\n').toString();
  }

  private String link(Waiting notice) {
    if (notice.kind().isAboutATask() && notice.taskId() != null) {
      return properties.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + notice.taskId();
    }
    return notice.personId() == null ? properties.baseUrl() + "/camunda/app/tasklist/"
        : properties.baseUrl() + "/people/" + notice.personId();
  }

  private boolean done(Waiting notice, String outcome) {
    jdbc.update("update notice set done_at = :now, outcome = :outcome, attempts = attempts + 1 where id = :id",
        new MapSqlParameterSource("id", notice.id()).addValue("now", Timestamp.from(clock.instant()))
            .addValue("outcome", outcome));
    return true;
  }

  private void failed(Waiting notice, MailException e) {
    boolean givingUp = notice.attempts() + 1 >= properties.maxAttempts();
    LOG.warn("Email notice to {} not sent (attempt {}{}): {}", notice.recipient(), notice.attempts() + 1,
        givingUp ? ", the last" : ", will try again", e.getMessage());
    String error = String.valueOf(e.getMessage());
    jdbc.update("update notice set claimed_at = null, attempts = attempts + 1, last_error = :error,"
        + " done_at = :done, outcome = :outcome where id = :id",
        new MapSqlParameterSource("id", notice.id())
            .addValue("error", error.substring(0, Math.min(1000, error.length())))
            .addValue("done", givingUp ? Timestamp.from(clock.instant()) : null)
            .addValue("outcome", givingUp ? "GAVE_UP" : null));
  }
}
