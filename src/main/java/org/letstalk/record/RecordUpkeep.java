package org.letstalk.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.letstalk.person.Deaths;
import org.letstalk.person.DetailsForm;
import org.letstalk.person.Person;
import org.letstalk.person.PersonMerge;
import org.letstalk.person.PersonRepository;
import org.letstalk.person.RecordMerges;
import org.letstalk.person.PersonChange;
import org.letstalk.person.PersonDeath;
import org.letstalk.person.PersonDetailsKeeper;
import org.letstalk.validation.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeping a person's details true: each change checked, kept in the history and in the access log. */
@Service
@Transactional
public class RecordUpkeep {

  public static final String CHANGE_DETAILS = "CHANGE_DETAILS";

  /** Those who meet or contact the person and so learn when a detail changes; panels and owners read, not write. */
  public static final Set<String> KEEP_DETAILS = Set.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS,
      Groups.SENIOR_PRACTITIONERS, Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS, Groups.SAFEGUARDING,
      Groups.CARERS_CENTRE);

  /** Those who may learn of a death first and record it: the same groups keep the details true. */
  public static final Set<String> RECORD_DEATH = KEEP_DETAILS;

  /** Practitioners propose merging two records of one person; a team manager, never the proposer, decides. */
  public static final Set<String> PROPOSE_MERGE = Set.of(Groups.PRACTITIONERS, Groups.SENIOR_PRACTITIONERS);

  private final PersonDetailsKeeper keeper;
  private final AccessLog accessLog;
  private final Deaths deaths;
  private final RecordMerges merges;
  private final PersonRepository people;
  private final RecordPolicy policy;
  private final Workers workers;

  public RecordUpkeep(PersonDetailsKeeper keeper, AccessLog accessLog, RecordPolicy policy,
      Deaths deaths, RecordMerges merges, PersonRepository people, Workers workers) {
    this.workers = workers;
    this.deaths = deaths;
    this.merges = merges;
    this.people = people;
    this.keeper = keeper;
    this.accessLog = accessLog;
    this.policy = policy;
  }

  /** Changes the details sent (see {@link DetailsForm}); who changed them is the signed-in user. */
  public List<PersonChange> changeDetails(UUID personId, Map<String, ?> values, Viewer viewer) {
    requireOneOf(viewer, KEEP_DETAILS, "change a person's details");
    policy.require(personId, viewer, CHANGE_DETAILS);
    Map<String, String> checked = DetailsForm.read(values);
    List<PersonChange> made = keeper.change(personId, checked, viewer.userId());
    if (!made.isEmpty()) {
      accessLog.record(personId, viewer.userId(), CHANGE_DETAILS,
          String.join(", ", made.stream().map(PersonChange::getField).toList()));
    }
    return made;
  }

  /**
   * The details a council reports as a worker filled them in during a conversation (checked by
   * {@link DetailsForm#readGiven}): each one given replaces what the record held, kept in the history and the access
   * log as the worker's change. The worker holds the conversation's task, so may write on the record.
   */
  public List<PersonChange> completeInConversation(UUID personId, Map<String, String> given, String userId) {
    List<PersonChange> made = keeper.change(personId, given, userId);
    if (!made.isEmpty()) {
      accessLog.record(personId, userId, CHANGE_DETAILS, String.join(", ", made.stream().map(PersonChange::getField)
          .toList()) + " (in a conversation)");
    }
    return made;
  }

  /** What the record says of a death and of merges, in words, for the person's page; workers by name. */
  @Transactional(readOnly = true)
  public List<String> notices(UUID personId) {
    List<String> notices = new ArrayList<>();
    Optional<PersonDeath> died = deaths.find(personId);
    List<PersonMerge> involving = merges.involving(personId);
    List<String> workerIds = new ArrayList<>();
    died.ifPresent(death -> workerIds.addAll(Arrays.asList(death.getRecordedBy(), death.getCaseClosedBy())));
    involving.forEach(merge -> workerIds.addAll(Arrays.asList(merge.getProposedBy(), merge.getDecidedBy())));
    Map<String, String> names = workers.namesOf(workerIds);
    died.ifPresent(death -> {
      notices.add("Died on " + death.getDateOfDeath() + " (recorded by " + names.get(death.getRecordedBy()) + " on "
          + Words.date(death.getRecordedAt()) + ": " + death.getHowKnown() + ")");
      if (death.getCaseClosedBy() != null) {
        notices.add("Case closed after the death by " + names.get(death.getCaseClosedBy()) + " on "
            + Words.date(death.getCaseClosedAt()) + ": " + death.getClosingNote());
      }
    });
    for (PersonMerge merge : involving) {
      boolean survivor = merge.getSurvivingPersonId().equals(personId);
      UUID other = survivor ? merge.getMergedPersonId() : merge.getSurvivingPersonId();
      String name = people.findById(other).map(Person::getFullName).orElse("another person");
      String who = "proposed by " + names.get(merge.getProposedBy()) + " on " + Words.date(merge.getProposedAt());
      notices.add(switch (merge.getStatus()) {
        case PROPOSED -> (survivor ? "Merging the record of " + name + " (/people/" + other + ") into this one"
            : "Merging this record into " + name + "'s (/people/" + other + ")") + " waits for a team manager, "
            + who;
        case APPROVED -> (survivor ? "The record of " + name + " (/people/" + other + ") was merged into this one"
            : "This record was merged into " + name + "'s (/people/" + other + "); everything on it is there now")
            + " on " + Words.date(merge.getDecidedAt()) + ", " + who + ", approved by "
            + names.get(merge.getDecidedBy());
        case REFUSED -> "Merging with the record of " + name + " (/people/" + other + ") was refused by "
            + names.get(merge.getDecidedBy()) + ": " + merge.getDecisionReason();
      });
    }
    return notices;
  }

  @Transactional(readOnly = true)
  public List<PersonChange> history(UUID personId) {
    return keeper.history(personId);
  }

  /** Each change with who made it by name, as colleagues know them (one look-up for them all). */
  @Transactional(readOnly = true)
  public List<NamedChange> namedHistory(UUID personId) {
    List<PersonChange> changes = keeper.history(personId);
    Map<String, String> names = workers.namesOf(changes.stream().map(PersonChange::getChangedBy).toList());
    return changes.stream().map(c -> new NamedChange(c, names.get(c.getChangedBy()))).toList();
  }

  /** A change to the details and the name of who made it. */
  public record NamedChange(PersonChange change, String changedByName) {
  }

  static void requireOneOf(Viewer viewer, Set<String> groups, String what) {
    if (groups.stream().noneMatch(viewer::isIn)) {
      throw new NotAllowedException(viewer.userId() + " may not " + what);
    }
  }
}
