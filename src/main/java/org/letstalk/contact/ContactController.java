package org.letstalk.contact;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.letstalk.contact.flow.FrontDoor;
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

  private final FrontDoor frontDoor;
  private final ContactIntake intake;

  public ContactController(FrontDoor frontDoor, ContactIntake intake) {
    this.frontDoor = frontDoor;
    this.intake = intake;
  }

  @PostMapping
  public ResponseEntity<ContactReceived> receive(@Valid @RequestBody NewContactRequest request) {
    FrontDoor.Received received = frontDoor.receive(request);
    Contact contact = received.contact();
    return ResponseEntity.created(URI.create("/api/contacts/" + contact.getId()))
        .body(new ContactReceived(ContactView.of(contact), received.nextTasks()));
  }

  @GetMapping("/{id}")
  public ResponseEntity<ContactView> read(@PathVariable UUID id) {
    return intake.find(id).map(c -> ResponseEntity.ok(ContactView.of(c))).orElse(ResponseEntity.notFound().build());
  }
}
