package org.letstalk.contact;

import jakarta.validation.Valid;
import java.net.URI;
import org.letstalk.contact.flow.FrontDoor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** New contacts from other systems; the same process as the Tasklist start form. Read back: record.ContactReadController. */
@RestController
@RequestMapping("/api/contacts")
public class ContactController {

  private final FrontDoor frontDoor;

  public ContactController(FrontDoor frontDoor) {
    this.frontDoor = frontDoor;
  }

  @PostMapping
  public ResponseEntity<ContactReceived> receive(@Valid @RequestBody NewContactRequest request) {
    FrontDoor.Received received = frontDoor.receive(request);
    Contact contact = received.contact();
    return ResponseEntity.created(URI.create("/api/contacts/" + contact.getId()))
        .body(new ContactReceived(ContactView.of(contact), received.nextTasks()));
  }
}
