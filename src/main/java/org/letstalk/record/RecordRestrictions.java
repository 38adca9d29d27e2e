package org.letstalk.record;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.letstalk.identity.Workers;
import org.letstalk.person.PersonRepository;
import org.letstalk.validation.NoSuchRecordException;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.validation.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricts a person's record to named groups and people, changes the restriction or lifts it: a team manager's
 * decision, logged on the record with who may now read it. {@link RecordPolicy} enforces it on every read.
 */
@Service
@Transactional
public class RecordRestrictions {

  public static final String RESTRICT = "RESTRICT_RECORD";
  public static final String LIFT = "LIFT_RESTRICTION";

  private final RecordRestrictionRepository restrictions;
  private final PersonRepository people;
  private final RecordPolicy policy;
  private final Workers workers;
  private final AccessLog accessLog;
  private final Clock clock;

  public RecordRestrictions(RecordRestrictionRepository restrictions, PersonRepository people, RecordPolicy policy,
      Workers workers, AccessLog accessLog, Clock clock) {
    this.restrictions = restrictions;
    this.people = people;
    this.policy = policy;
    this.workers = workers;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  public RecordRestriction restrict(UUID personId, RestrictionRequest request, Viewer manager) {
    requireManager(personId, manager, RESTRICT);
    Problems problems = new Problems();
    if (request.reason() == null) {
      problems.add("reason", "is required");
    } else if (request.reason().length() > 400) {
      problems.add("reason", "is longer than 400 characters");
    }
    Set<String> readable = RecordPolicy.restrictableGroups();
    request.groups().stream().filter(group -> !readable.contains(group))
        .forEach(group -> problems.add("groups", "names " + group + ", which is not a group that reads records"));
    request.users().stream().filter(user -> !workers.exists(user))
        .forEach(user -> problems.add("users", "names " + user + ", who is not a user of Let's Talk"));
    if (request.groups().isEmpty() && request.users().isEmpty()) {
      problems.add("groups", "name at least one group or person who may still read the record");
    }
    problems.throwIfAny();
    RecordRestriction restriction = restrictions.findByPersonId(personId).orElseGet(() -> RecordRestriction.of(personId));
    restriction.set(request.reason(), request.groups(), request.users(), manager.userId(), clock.instant());
    restriction = restrictions.save(restriction);
    accessLog.record(personId, manager.userId(), RESTRICT, "read only by groups " + request.groups() + " and people "
        + request.users() + ": " + request.reason());
    return restriction;
  }

  public void lift(UUID personId, Viewer manager) {
    requireManager(personId, manager, LIFT);
    restrictions.findByPersonId(personId).ifPresent(restriction -> {
      restrictions.delete(restriction);
      accessLog.record(personId, manager.userId(), LIFT, null);
    });
  }

  /** The restriction, for whoever may read the record (the read is logged). */
  @Transactional
  public Optional<RecordRestriction> find(UUID personId, Viewer viewer) {
    if (!people.existsById(personId)) {
      throw new NoSuchRecordException("no person " + personId);
    }
    policy.read(personId, viewer, "READ_RESTRICTION");
    return restrictions.findByPersonId(personId);
  }

  /** Without logging, for the record page, which has logged its read. */
  @Transactional(readOnly = true)
  public Optional<RecordRestriction> onRecord(UUID personId) {
    return restrictions.findByPersonId(personId);
  }

  private void requireManager(UUID personId, Viewer manager, String action) {
    if (!people.existsById(personId)) {
      throw new NoSuchRecordException("no person " + personId);
    }
    if (!policy.mayRestrict(manager)) {
      accessLog.recordRefusal(personId, manager.userId(), RecordPolicy.REFUSED + action, "not a team manager");
      throw new NotAllowedException(manager.userId() + " may not restrict a record: team managers do");
    }
  }
}
