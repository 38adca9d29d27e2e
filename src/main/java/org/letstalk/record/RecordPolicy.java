package org.letstalk.record;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.letstalk.validation.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may find and read which person's record: the one place every route that shows personal data asks (the
 * search, the record page and API, a contact, a safeguarding concern, the access log). docs/record.md and
 * SECURITY.md, "Record access by role", say why each group gets what it gets.
 *
 * <p>Every read it allows is logged with the route's action; every read it refuses, of a person who exists, is
 * logged too, in a transaction of its own, so the refusal stays in the log when the request fails.
 */
@Service
public class RecordPolicy {

  /** Find and read any person's record: their work starts from a person who is not yet on their list. */
  public static final Set<String> READ_ANY = Set.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS,
      Groups.SENIOR_PRACTITIONERS, Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS, Groups.SAFEGUARDING,
      Groups.HEADS_OF_SERVICE);

  /** Find and read carers and the people they care for, nobody else. */
  public static final Set<String> READ_CARERS_CIRCLE = Set.of(Groups.CARERS_CENTRE);

  /** Read who read and changed a record: those answerable for how records are used. */
  public static final Set<String> AUDIT = Set.of(Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS,
      Groups.HEADS_OF_SERVICE);

  /** Restrict a record to named groups and people, change the restriction or lift it. */
  public static final Set<String> RESTRICT = Set.of(Groups.TEAM_MANAGERS);

  static final String REFUSED = "REFUSED_";
  private static final String RESTRICTED = "restricted record";

  /** The groups a restriction may name: those that read records at all. */
  public static Set<String> restrictableGroups() {
    Set<String> groups = new java.util.TreeSet<>(READ_ANY);
    groups.addAll(READ_CARERS_CIRCLE);
    return groups;
  }

  private final PersonRepository people;
  private final RecordRestrictionRepository restrictions;
  private final CarersCircle carersCircle;
  private final AccessLog accessLog;

  public RecordPolicy(PersonRepository people, RecordRestrictionRepository restrictions, CarersCircle carersCircle,
      AccessLog accessLog) {
    this.people = people;
    this.restrictions = restrictions;
    this.carersCircle = carersCircle;
    this.accessLog = accessLog;
  }

  /** Refuses a viewer whose work never starts by looking a person up (the panel, process owners). */
  public void requireSearch(Viewer viewer) {
    if (!holdsAny(viewer, READ_ANY) && !holdsAny(viewer, READ_CARERS_CIRCLE)) {
      throw new NotAllowedException(viewer.userId() + " may not look people up");
    }
  }

  /**
   * Of the people a search found, those the viewer may read, each logged as found; one the viewer may not read
   * (a restricted record, or outside the carers' circle) is left out and the refusal logged.
   */
  @Transactional
  public List<Person> found(List<Person> found, Viewer viewer) {
    requireSearch(viewer);
    return found.stream().filter(person -> {
      String refusal = refusal(person.getId(), viewer);
      if (refusal == null) {
        accessLog.record(person.getId(), viewer.userId(), AccessLog.FOUND_BY_SEARCH, null);
        return true;
      }
      accessLog.recordRefusal(person.getId(), viewer.userId(), REFUSED + AccessLog.FOUND_BY_SEARCH, refusal);
      return false;
    }).toList();
  }

  /**
   * Allows the read and logs it as {@code action}, or logs the refusal and refuses (403). Without a person only the
   * group is asked; a contact not yet matched is read through {@link #readContact}.
   */
  @Transactional
  public void read(UUID personId, Viewer viewer, String action) {
    require(personId, viewer, action);
    if (personId != null) {
      accessLog.record(personId, viewer.userId(), action, null);
    }
  }

  /**
   * A contact is part of its person's record: read as the record is, and logged against the contact too, so a read
   * made while the front door was not yet sure whom the contact is about ({@code personId} null) is still logged and
   * joins the person's log once the match is decided.
   */
  @Transactional
  public void readContact(UUID contactId, UUID personId, Viewer viewer, String action) {
    String refusal = refusal(personId, viewer);
    if (refusal != null) {
      accessLog.recordContactRefusal(contactId, personId, viewer.userId(), REFUSED + action, refusal);
      throw new NotAllowedException(viewer.userId() + " may not read this record: " + refusal);
    }
    accessLog.recordContact(contactId, personId, viewer.userId(), action, null);
  }

  /**
   * Allows a change to the record (the change logs itself), or logs the refusal and refuses: whoever may not read a
   * record writes nothing on it either.
   */
  public void require(UUID personId, Viewer viewer, String action) {
    String refusal = refusal(personId, viewer);
    if (refusal != null) {
      if (personId != null && people.existsById(personId)) {
        accessLog.recordRefusal(personId, viewer.userId(), REFUSED + action, refusal);
      }
      throw new NotAllowedException(viewer.userId() + " may not read this record: " + refusal);
    }
  }

  /**
   * Whether a list (the dashboard's cases) may name this person to the viewer: logged as {@code action} when it may;
   * a restricted record it may not name is logged as refused, and the list counts it without naming it.
   */
  @Transactional
  public boolean listed(UUID personId, Viewer viewer, String action) {
    String refusal = refusal(personId, viewer);
    if (refusal == null) {
      accessLog.record(personId, viewer.userId(), action, null);
      return true;
    }
    if (refusal.equals(RESTRICTED)) {
      accessLog.recordRefusal(personId, viewer.userId(), REFUSED + action, refusal);
    }
    return false;
  }

  /**
   * Of the people a list (a caseload) would name, those it may name to the viewer, each logged as {@code action}: the
   * restrictions of them all are read at once, so a long list costs no read per person.
   */
  @Transactional
  public Set<UUID> listedAll(java.util.Collection<UUID> people, Viewer viewer, String action) {
    if (people.isEmpty()) {
      return Set.of();
    }
    if (!holdsAny(viewer, READ_ANY)) {
      // The carers' centre reads a circle that is asked person by person.
      return people.stream().filter(personId -> listed(personId, viewer, action))
          .collect(java.util.stream.Collectors.toSet());
    }
    java.util.Map<UUID, RecordRestriction> restricted = new java.util.HashMap<>();
    restrictions.findByPersonIdIn(people).forEach(restriction -> restricted.put(restriction.getPersonId(), restriction));
    Set<UUID> named = new java.util.HashSet<>();
    for (UUID personId : people) {
      RecordRestriction restriction = restricted.get(personId);
      if (restriction == null || restriction.allows(viewer.userId(), viewer.groups())) {
        named.add(personId);
      } else {
        accessLog.recordRefusal(personId, viewer.userId(), REFUSED + action, RESTRICTED);
      }
    }
    accessLog.recordAll(named, viewer.userId(), action);
    return named;
  }

  /** Logs that each of these people was given to someone outside the record, in one transaction. */
  @Transactional
  public void given(java.util.Collection<UUID> people, Viewer viewer, String action) {
    people.forEach(personId -> accessLog.record(personId, viewer.userId(), action, null));
  }

  /**
   * Whether the viewer may read a process's variables about this person through the engine's API. The engine has
   * already allowed them the task or process (its candidate groups and authorizations, the funding panel's included);
   * a restricted record narrows that to its named readers. Nothing is logged here: see {@link #readThroughEngine}.
   */
  @Transactional(readOnly = true)
  public boolean mayReadThroughEngine(UUID personId, Viewer viewer) {
    return personId == null || restriction(personId, viewer) == null;
  }

  /**
   * Logs a read of a process's variables through the engine's API against the person and the contact the process is
   * about (either may be null: a contact not yet matched, a process about no contact), or its refusal.
   */
  @Transactional
  public void readThroughEngine(UUID personId, UUID contactId, Viewer viewer, String action, String detail) {
    accessLog.recordContact(contactId, personId, viewer.userId(), action, detail);
  }

  /** What the viewer's same list logged within the window ({@link AccessLog#loggedWithin}). */
  public Set<String> listedThroughEngineWithin(Viewer viewer, String detail, java.time.Duration window) {
    return accessLog.loggedWithin(viewer.userId(), detail, window);
  }

  public void refusedThroughEngine(UUID personId, UUID contactId, Viewer viewer, String action, String detail) {
    accessLog.recordContactRefusal(contactId, personId, viewer.userId(), REFUSED + action,
        detail + ": " + RESTRICTED);
  }

  /**
   * What a task asks its holder to decide (an authorisation) is read by whoever the task is for, the funding panel
   * included, whose work never starts from a record: refused, and the refusal logged, only where the record is
   * restricted against them; the read is logged as {@code action}.
   */
  @Transactional
  public boolean readForTask(UUID personId, Viewer viewer, String action) {
    boolean restricted = restrictions.findByPersonId(personId)
        .filter(restriction -> !restriction.allows(viewer.userId(), viewer.groups())).isPresent();
    if (restricted) {
      accessLog.recordRefusal(personId, viewer.userId(), REFUSED + action, RESTRICTED);
      return false;
    }
    accessLog.record(personId, viewer.userId(), action, null);
    return true;
  }

  /** Whether the viewer may read this person's record, without logging (e.g. to show a link). */
  @Transactional(readOnly = true)
  public boolean mayRead(UUID personId, Viewer viewer) {
    return refusal(personId, viewer) == null;
  }

  /** Safeguarding detail, and whether there is any, on every route: the groups of {@link Visibility#SAFEGUARDING}. */
  public boolean maySeeSafeguarding(Viewer viewer) {
    return holdsAny(viewer, Visibility.SAFEGUARDING);
  }

  public void requireAudit(Viewer viewer) {
    if (!holdsAny(viewer, AUDIT)) {
      throw new NotAllowedException(viewer.userId() + " may not read the access log");
    }
  }

  public boolean mayRestrict(Viewer viewer) {
    return holdsAny(viewer, RESTRICT);
  }

  /** Why the viewer may not read the record, or null when they may. */
  private String refusal(UUID personId, Viewer viewer) {
    if (!holdsAny(viewer, READ_ANY)
        && !(holdsAny(viewer, READ_CARERS_CIRCLE) && personId != null && carersCircle.includes(personId))) {
      return "not a record this group's work needs";
    }
    if (personId == null) {
      return null;
    }
    return restriction(personId, viewer);
  }

  private String restriction(UUID personId, Viewer viewer) {
    return restrictions.findByPersonId(personId)
        .filter(restriction -> !restriction.allows(viewer.userId(), viewer.groups()))
        .map(restriction -> RESTRICTED)
        .orElse(null);
  }

  private static boolean holdsAny(Viewer viewer, Set<String> groups) {
    return viewer.groups().stream().anyMatch(groups::contains);
  }
}
