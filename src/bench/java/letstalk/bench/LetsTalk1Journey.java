package letstalk.bench;

import static letstalk.bench.FrontDoor.MANAGER;
import static letstalk.bench.FrontDoor.PRACTITIONER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A new contact, a Let's Talk 1 that finds no ongoing need [T 2.25-2.34], and the closure authorised by a team
 * manager (not the practitioner who asked) [T 7.18]: the involvement ends.
 */
@Component
class LetsTalk1Journey implements Journey {

  @Override
  public String name() {
    return "new contact → Let's Talk 1 → closure authorised";
  }

  @Override
  public List<String> processKeys() {
    return List.of("new-contact", "involvement", "lets-talk-1", "funding-authorisation");
  }

  @Override
  public List<String> run(Client client) {
    FrontDoor.Contact contact = FrontDoor.contact(client, FrontDoor.newCase());
    conversationAndClosure(client, contact.personId());
    return List.of(contact.processInstanceId());
  }

  @Override
  public List<String> runBare(Client client) {
    FrontDoor.Contact contact = FrontDoor.bareContact(client, FrontDoor.newCase());
    conversationAndClosure(client, contact.personId());
    return List.of(contact.processInstanceId());
  }

  private static void conversationAndClosure(Client client, String personId) {
    client.completePersonTask(PRACTITIONER, personId, "Task_HoldLetsTalk1", letsTalk1("NO_ONGOING_NEED"));
    client.completePersonTask(MANAGER, personId, "Task_DecideAuthorisation",
        Map.of("authorisationDecision", "APPROVED", "authorisationReason", "Outcomes met with his network"));
  }

  /** What a conversation records [T 2.27]: strengths, participation, the carer, the outcome and its reason. */
  static Map<String, Object> conversation() {
    Map<String, Object> form = new HashMap<>();
    form.put("presentingNeeds", "Getting about the house after the operation");
    form.put("relevantCircumstances", "Lives alone; recovering from an elective hip replacement");
    form.put("wellbeingAndOutcomes", "Wants to stay at home and keep his independence; safe and warm");
    form.put("strengthsPersonal", "Determined, knows his own mind, does his exercises");
    form.put("strengthsNetwork", "A neighbour looks in most days");
    form.put("strengthsCommunity", "Bowls club friends; the parish lunch on Thursdays");
    form.put("agreedActions", "Neighbour to collect shopping; bowls club lift on Tuesdays");
    form.put("participation", "TOOK_PART");
    form.put("heldHow", "IN_PERSON");
    form.put("risksExplored", "Falls on the stairs: rail fitted on the left; neighbour has a key");
    form.put("advocate", "NONE");
    form.put("carerPresent", false);
    return form;
  }

  static Map<String, Object> letsTalk1(String outcome) {
    Map<String, Object> form = conversation();
    form.put("outcome", outcome);
    form.put("outcomeRationale", "Outcome agreed with him: " + outcome);
    form.put("alternativesNotChosen", "Homecare: not needed with the neighbour's help");
    return form;
  }
}
