package org.letstalk.record;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.letstalk.validation.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log of people's records. Other features that read or change a record call {@link #record}
 * with their own action name (e.g. "READ_CONVERSATION").
 */
@Service
public class AccessLog {

  public static final String READ_PAGE = "READ_PAGE";
  public static final String READ_API = "READ_API";
  public static final String FOUND_BY_SEARCH = "FOUND_BY_SEARCH";
  public static final String ADD_NOTE = "ADD_NOTE";
  public static final String CORRECT_NOTE = "CORRECT_NOTE";
  public static final String REQUEST_NOTE_DELETION = "REQUEST_NOTE_DELETION";
  public static final String DECIDE_NOTE_DELETION = "DECIDE_NOTE_DELETION";
  public static final String READ_CONTACT = "READ_CONTACT";
  public static final String READ_CHRONOLOGY = "READ_CHRONOLOGY";
  public static final String ADD_ALERT = "ADD_ALERT";
  public static final String END_ALERT = "END_ALERT";

  private final RecordAccessRepository log;
  private final Clock clock;

  public AccessLog(RecordAccessRepository log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /** Joins the caller's transaction, so a change and its log entry are stored together or not at all. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(UUID personId, String userId, String action, String detail) {
    log.save(RecordAccess.of(personId, userId, action, detail, clock.instant()));
  }

  /** The same action on many records (a list that names them), stored together. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void recordAll(java.util.Collection<UUID> people, String userId, String action) {
    java.time.Instant now = clock.instant();
    log.saveAll(people.stream().map(personId -> RecordAccess.of(personId, userId, action, null, now)).toList());
  }

  /**
   * A read of a contact: against its person, and the contact itself, so a contact read while nobody was sure whom it
   * was about ({@code personId} null) joins the person's log once the match is decided.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void recordContact(UUID contactId, UUID personId, String userId, String action, String detail) {
    log.save(RecordAccess.of(personId, contactId, userId, action, detail, clock.instant()));
  }

  /** A refused read of a contact, kept as {@link #recordRefusal} is. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordContactRefusal(UUID contactId, UUID personId, String userId, String action, String why) {
    log.save(RecordAccess.of(personId, contactId, userId, action, why, clock.instant()));
  }

  /** A refused attempt, kept in a transaction of its own: the request that made it fails and rolls back. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordRefusal(UUID personId, String userId, String action, String why) {
    log.save(RecordAccess.of(personId, userId, action, why, clock.instant()));
  }

  /**
   * What this user's same request (the same route and query) logged within the last {@code window}, as {@link #key}s:
   * a list read again within minutes (Tasklist refreshing an inbox) is logged once.
   */
  @Transactional(readOnly = true)
  public java.util.Set<String> loggedWithin(String userId, String detail, java.time.Duration window) {
    return log.findByUserIdAndDetailStartingWithAndAccessedAtAfter(userId, RecordAccess.fitted(detail),
            clock.instant().minus(window)).stream()
        .map(entry -> key(entry.getAction(), entry.getPersonId(), entry.getContactId(), entry.getDetail()))
        .collect(java.util.stream.Collectors.toSet());
  }

  /** An entry as {@link #loggedWithin} answers it. */
  public static String key(String action, UUID personId, UUID contactId, String detail) {
    return action + " " + personId + " " + contactId + " " + RecordAccess.fitted(detail);
  }

  /** For those who audit how records are used ({@link RecordPolicy#AUDIT}). */
  @Transactional(readOnly = true)
  public List<RecordAccess> entriesFor(UUID personId, Viewer viewer) {
    if (viewer.groups().stream().noneMatch(RecordPolicy.AUDIT::contains)) {
      throw new NotAllowedException(viewer.userId() + " may not read the access log");
    }
    return log.findOfPerson(personId);
  }
}
