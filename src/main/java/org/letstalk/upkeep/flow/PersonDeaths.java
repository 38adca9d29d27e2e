package org.letstalk.upkeep.flow;

import java.util.Map;
import java.util.UUID;
import org.letstalk.identity.Workers;
import org.letstalk.person.Deaths;
import org.letstalk.person.PersonDeath;
import org.letstalk.person.PersonRepository;
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.RecordUpkeep;
import org.letstalk.record.Viewer;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a person's death and starts person-died, which ends their open work by its message and asks a team
 * manager to close the case. The process starts on the council's behalf: whoever records a death may not start
 * it from Tasklist.
 */
@Service
@Transactional
public class PersonDeaths {

  public static final String RECORD_DEATH = "RECORD_DEATH";

  private final Deaths deaths;
  private final PersonRepository people;
  private final Workflow workflow;
  private final RecordPolicy policy;
  private final Workers workers;

  public PersonDeaths(Deaths deaths, PersonRepository people, Workflow workflow,
      RecordPolicy policy, Workers workers) {
    this.workers = workers;
    this.policy = policy;
    this.deaths = deaths;
    this.people = people;
    this.workflow = workflow;
  }

  public PersonDeath record(UUID personId, Map<String, ?> values, Viewer viewer) {
    if (RecordUpkeep.RECORD_DEATH.stream().noneMatch(viewer::isIn)) {
      throw new NotAllowedException(viewer.userId() + " may not record a death");
    }
    // Allows and logs the change, or logs the refusal.
    policy.require(personId, viewer, RECORD_DEATH);
    PersonDeath death = deaths.record(personId, values, viewer.userId(), workers::nameOf);
    String instance = workflow.onTheCouncilsBehalf(() -> workflow.startByMessage(DeathVariables.DEATH_RECORDED,
        personId.toString(), Map.of(ProcessVariables.PERSON_ID, personId.toString(),
            ProcessVariables.PERSON_NAME, people.findById(personId).orElseThrow().getFullName(),
            DeathVariables.DATE_OF_DEATH, death.getDateOfDeath().toString())));
    deaths.followedIn(personId, instance);
    return death;
  }
}
