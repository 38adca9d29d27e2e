package org.letstalk.record;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.person.DetailsForm;
import org.letstalk.person.PersonChange;
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
  static final Set<String> KEEP_DETAILS = Set.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS, Groups.SENIOR_PRACTITIONERS,
      Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS, Groups.SAFEGUARDING, Groups.CARERS_CENTRE);

  private final PersonDetailsKeeper keeper;
  private final AccessLog accessLog;
  private final RecordPolicy policy;

  public RecordUpkeep(PersonDetailsKeeper keeper, AccessLog accessLog, RecordPolicy policy) {
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

  @Transactional(readOnly = true)
  public List<PersonChange> history(UUID personId) {
    return keeper.history(personId);
  }

  static void requireOneOf(Viewer viewer, Set<String> groups, String what) {
    if (groups.stream().noneMatch(viewer::isIn)) {
      throw new NotAllowedException(viewer.userId() + " may not " + what);
    }
  }
}
