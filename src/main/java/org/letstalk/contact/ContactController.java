package org.letstalk.contact;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.letstalk.contact.flow.ContactVariables;
import org.letstalk.contact.flow.FrontDoor;
import org.letstalk.validation.InputRejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** New contacts from other systems; the same process as the Tasklist start form. */
@RestController
@RequestMapping("/api/contacts")
public class ContactController {

  private static final Set<String> FIELDS = Set.copyOf(ContactVariables.FIELDS);

  private final FrontDoor frontDoor;
  private final ContactIntake intake;

  public ContactController(FrontDoor frontDoor, ContactIntake intake) {
    this.frontDoor = frontDoor;
    this.intake = intake;
  }

  @PostMapping
  public ResponseEntity<Map<String, Object>> receive(@RequestBody Map<String, Object> body) {
    for (String field : body.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new InputRejectedException(field, "is not a field of a new contact");
      }
    }
    FrontDoor.Received received = frontDoor.receive(body);
    Contact contact = received.contact();
    Map<String, Object> answer = view(contact);
    answer.put("nextTasks", received.nextTasks().stream()
        .map(t -> Map.of("id", t.id(), "name", t.name(), "taskDefinitionKey", t.taskDefinitionKey()))
        .toList());
    return ResponseEntity.created(URI.create("/api/contacts/" + contact.getId())).body(answer);
  }

  @GetMapping("/{id}")
  public ResponseEntity<Map<String, Object>> read(@PathVariable UUID id) {
    return intake.find(id).map(c -> ResponseEntity.ok(view(c))).orElse(ResponseEntity.notFound().build());
  }

  private static Map<String, Object> view(Contact c) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("contactId", c.getId());
    v.put("processInstanceId", c.getProcessInstanceId());
    v.put("personId", c.getPersonId());
    v.put("personName", c.getFullName());
    v.put("matchStatus", c.getMatchStatus());
    v.put("arrivedAt", c.getArrivedAt());
    v.put("routeOfAccess", c.getRouteOfAccess());
    v.put("contactMethod", c.getContactMethod());
    v.put("presentingNeed", c.getPresentingNeed());
    v.put("consentToShare", c.isConsentToShare());
    v.put("safeguardingConcern", c.isSafeguardingConcern());
    v.put("outcome", c.getOutcome());
    v.put("outcomeReason", c.getOutcomeReason());
    v.put("allocatedUser", c.getAllocatedUser());
    v.put("allocatedGroup", c.getAllocatedGroup());
    return v;
  }

}
