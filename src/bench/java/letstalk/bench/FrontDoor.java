package letstalk.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.letstalk.contact.ContactController;
import org.letstalk.contact.ContactMethod;
import org.letstalk.contact.ContactReceived;
import org.letstalk.contact.NewContactRequest;
import org.letstalk.contact.RouteOfAccess;

/** The start every journey shares: a phone contact about somebody new, and what the practitioner decides. */
final class FrontDoor {

  static final String PRACTITIONER = "practitioner";
  static final String MANAGER = "teammanager";
  static final String NEED = "Home from hospital after a hip replacement; the house is cold.";

  private FrontDoor() {
  }

  /** The person the contact was about (the business key of their involvement) and the contact's process. */
  record Contact(String personId, String processInstanceId) {
  }

  /** A new case the practitioner takes on: Let's Talk 1 next. */
  static Map<String, Object> newCase() {
    return Map.of("outcome", "NEW_CASE", "outcomeReason", "Wants to talk about getting out again",
        "allocation", "MYSELF");
  }

  /** A crisis the practitioner takes on: a same-day Let's Talk 2. */
  static Map<String, Object> crisis() {
    return Map.of("outcome", "EXISTING_CASE", "outcomeReason", "No heating and no food in the house",
        "crisis", true, "allocation", "MYSELF");
  }

  /**
   * POST /api/contacts as the practitioner, then the outcome decided from their inbox.
   */
  static Contact contact(Client client, Map<String, Object> outcome) {
    ContactController api = client.bean(ContactController.class);
    NewContactRequest contact = new NewContactRequest("Arthur", client.unique(),
        LocalDate.of(1930, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(60 * 365)), null, "M33 7XX", null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, RouteOfAccess.SELF, ContactMethod.PHONE, null, null, null, NEED, true, null, null,
        null, null);
    ContactReceived answer = client.as(PRACTITIONER, () -> api.receive(contact).getBody());
    String instance = answer.contact().processInstanceId();
    client.completeTask(PRACTITIONER, instance, "Task_DecideContactOutcome", outcome);
    return new Contact(String.valueOf(answer.contact().personId()), instance);
  }

  /** The same on the bare copy, with what recording the contact and its outcome would have set. */
  static Contact bareContact(Client client, Map<String, Object> outcome) {
    String personId = UUID.randomUUID().toString();
    String instance = client.startBare(PRACTITIONER, "new-contact", Map.of(
        "contactId", UUID.randomUUID().toString(),
        "personId", personId,
        "personName", "Arthur " + client.unique(),
        "presentingNeed", NEED,
        "safeguardingConcern", false,
        "matchStatus", "NEW_PERSON",
        "needsMatchConfirmation", false,
        "contactQueue", "practitioners"));
    Map<String, Object> decided = new HashMap<>(outcome);
    decided.putIfAbsent("crisis", false);
    decided.put("conversationAssignee", PRACTITIONER);
    decided.put("conversationTeam", "practitioners");
    decided.put("suggestedConversation", Boolean.TRUE.equals(decided.get("crisis")) ? "Let's Talk 2 (crisis)" : "Let's Talk 1");
    client.completeTask(PRACTITIONER, instance, "Task_DecideContactOutcome", decided);
    return new Contact(personId, instance);
  }
}
