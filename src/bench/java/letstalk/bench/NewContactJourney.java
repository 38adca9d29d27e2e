package letstalk.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.letstalk.contact.ContactController;
import org.springframework.stereotype.Component;

/**
 * A practitioner takes a phone contact about somebody new, decides it is a new case they take on
 * themselves, and starts the conversation: POST /api/contacts, then the two tasks from the inbox.
 */
@Component
class NewContactJourney implements Journey {

  private static final String USER = "practitioner";
  private static final String NEED = "Home from hospital after a hip replacement; the house is cold.";

  @Override
  public String name() {
    return "new contact → conversation started";
  }

  @Override
  public List<String> processKeys() {
    return List.of("new-contact");
  }

  @Override
  public List<String> run(Client client) {
    ContactController api = client.bean(ContactController.class);
    Map<String, Object> contact = Map.of(
        "givenName", "Arthur",
        "familyName", client.unique(),
        "dateOfBirth", LocalDate.of(1930, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(60 * 365)).toString(),
        "postcode", "M33 7XX",
        "routeOfAccess", "SELF",
        "contactMethod", "PHONE",
        "presentingNeed", NEED,
        "consentToShare", true);
    String instance = client.as(USER, () -> (String) api.receive(new HashMap<>(contact)).getBody()
        .get("processInstanceId"));
    client.completeTask(USER, instance, "Task_DecideContactOutcome", Map.of(
        "outcome", "NEW_CASE", "outcomeReason", "Wants to talk about getting out again", "allocation", "MYSELF"));
    client.completeTask(USER, instance, "Task_StartConversation", Map.of("firstContactNote", "Phoned at 10:05"));
    return List.of(instance);
  }

  @Override
  public List<String> runBare(Client client) {
    // What the delegates would have left in the process, given up front.
    String instance = client.startBare(USER, "new-contact", Map.of(
        "contactId", UUID.randomUUID().toString(),
        "personId", UUID.randomUUID().toString(),
        "personName", "Arthur " + client.unique(),
        "presentingNeed", NEED,
        "safeguardingConcern", false,
        "matchStatus", "NEW_PERSON",
        "needsMatchConfirmation", false));
    client.completeTask(USER, instance, "Task_DecideContactOutcome", Map.of(
        "outcome", "NEW_CASE", "outcomeReason", "Wants to talk about getting out again", "allocation", "MYSELF",
        "crisis", false, "conversationAssignee", USER, "conversationTeam", "practitioners",
        "suggestedConversation", "Let's Talk 1"));
    client.completeTask(USER, instance, "Task_StartConversation", Map.of("firstContactNote", "Phoned at 10:05"));
    return List.of(instance);
  }
}
