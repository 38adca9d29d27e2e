package letstalk.bench;

import static letstalk.bench.FrontDoor.MANAGER;
import static letstalk.bench.FrontDoor.PRACTITIONER;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A crisis at the front door: a same-day Let's Talk 2 with a two-week plan [T 2.37-2.51], two check-ins as the
 * plan's check-in timer comes round, the plan reviewed early with no ongoing need, and the closure authorised.
 */
@Component
class LetsTalk2Journey implements Journey {

  @Override
  public String name() {
    return "new contact → Let's Talk 2 → two check-ins → closure authorised";
  }

  @Override
  public List<String> processKeys() {
    return List.of("new-contact", "involvement", "lets-talk-2", "funding-authorisation");
  }

  @Override
  public List<String> run(Client client) {
    FrontDoor.Contact contact = FrontDoor.contact(client, FrontDoor.crisis());
    crisisPlanToClosure(client, contact.personId(), "lets-talk-2");
    return List.of(contact.processInstanceId());
  }

  @Override
  public List<String> runBare(Client client) {
    FrontDoor.Contact contact = FrontDoor.bareContact(client, FrontDoor.crisis());
    crisisPlanToClosure(client, contact.personId(), Client.bare("lets-talk-2"));
    return List.of(contact.processInstanceId());
  }

  private static void crisisPlanToClosure(Client client, String personId, String letsTalk2Key) {
    Map<String, Object> plan = LetsTalk1Journey.conversation();
    plan.put("todayAndTomorrow", "Warm the house today; check he is eating");
    plan.put("planActions", "Buy two heaters today\nNeighbour checks the heating each evening");
    plan.put("planEndDate", LocalDate.now(ZoneId.of("Europe/London")).plusDays(14).toString());
    client.completePersonTask(PRACTITIONER, personId, "Task_HoldLetsTalk2", plan);
    for (String notes : List.of("Warm, eating well", "Heaters working; neighbour calling each evening")) {
      client.fireTimer(personId, letsTalk2Key, "Boundary_CheckInDue");
      client.completePersonTask(PRACTITIONER, personId, "Task_CheckIn",
          Map.of("checkInNotes", notes, "planWorking", true));
    }
    client.completePersonTask(PRACTITIONER, personId, "Task_CrisisPlanUnderWay",
        Map.of("planDecision", "REVIEW_NOW", "planDecisionReason", "Family have moved in for the winter"));
    client.completePersonTask(PRACTITIONER, personId, "Task_ReviewCrisisPlan",
        Map.of("outcome", "NO_ONGOING_NEED", "outcomeRationale", "Family care for him; the crisis is over"));
    client.completePersonTask(MANAGER, personId, "Task_DecideAuthorisation",
        Map.of("authorisationDecision", "APPROVED", "authorisationReason", "Crisis resolved with his family"));
  }
}
