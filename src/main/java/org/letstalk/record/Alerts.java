package org.letstalk.record;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.person.PersonRepository;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NoSuchRecordException;
import org.letstalk.validation.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts on a person's record: risk to staff, lone working, communication needs. Team managers add and end them,
 * since an alert changes how every worker approaches the person; everyone who may open the record reads them.
 */
@Service
@Transactional
public class Alerts {

  private final PersonAlertRepository alerts;
  private final PersonRepository people;
  private final AccessLog accessLog;
  private final RecordPolicy policy;
  private final Clock clock;

  public Alerts(PersonAlertRepository alerts, PersonRepository people, AccessLog accessLog, RecordPolicy policy,
      Clock clock) {
    this.alerts = alerts;
    this.people = people;
    this.accessLog = accessLog;
    this.policy = policy;
    this.clock = clock;
  }

  public PersonAlert add(UUID personId, AlertKind kind, String detail, Viewer manager) {
    requireTeamManager(manager);
    if (!people.existsById(personId)) {
      throw new NoSuchRecordException("no person " + personId);
    }
    policy.require(personId, manager, AccessLog.ADD_ALERT);
    PersonAlert alert = alerts.save(PersonAlert.of(personId, kind, detail, manager.userId(), clock.instant()));
    accessLog.record(personId, manager.userId(), AccessLog.ADD_ALERT, kind.name());
    return alert;
  }

  public PersonAlert end(UUID personId, UUID alertId, String reason, Viewer manager) {
    requireTeamManager(manager);
    policy.require(personId, manager, AccessLog.END_ALERT);
    PersonAlert alert = alerts.findById(alertId).filter(a -> a.getPersonId().equals(personId))
        .orElseThrow(() -> new NoSuchRecordException("no alert " + alertId + " on this record"));
    if (!alert.isInForce()) {
      throw new InputRejectedException("alertId", "has already ended");
    }
    alert.end(reason, manager.userId(), clock.instant());
    accessLog.record(personId, manager.userId(), AccessLog.END_ALERT, alert.getKind().name());
    return alert;
  }

  /** Every alert of the person, newest first, ended ones too. */
  @Transactional(readOnly = true)
  public List<PersonAlert> of(UUID personId) {
    return alerts.findByPersonIdOrderByAddedAtDesc(personId);
  }

  @Transactional(readOnly = true)
  public List<PersonAlert> inForce(UUID personId) {
    return of(personId).stream().filter(PersonAlert::isInForce).toList();
  }

  private static void requireTeamManager(Viewer viewer) {
    if (!viewer.isIn(Groups.TEAM_MANAGERS)) {
      throw new NotAllowedException(viewer.userId() + " is not a team manager: team managers add and end alerts");
    }
  }
}
