package org.letstalk.record;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactIntake;
import org.letstalk.contact.ContactView;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/contacts/{id}}: a contact is part of its person's record, so it is read as the record is (the
 * policy, the access log), and whether it raised a safeguarding concern shows only to those who read safeguarding.
 */
@RestController
class ContactReadController {

  private final ContactIntake intake;
  private final RecordPolicy policy;

  ContactReadController(ContactIntake intake, RecordPolicy policy) {
    this.intake = intake;
    this.policy = policy;
  }

  @GetMapping("/api/contacts/{id}")
  ContactView read(HttpServletRequest request, @PathVariable UUID id) {
    Viewer viewer = Viewer.of(request);
    policy.requireSearch(viewer);
    Contact contact = intake.find(id).orElseThrow(() -> new NoSuchRecordException("no contact " + id));
    policy.readContact(contact.getId(), contact.getPersonId(), viewer, AccessLog.READ_CONTACT);
    ContactView view = ContactView.of(contact);
    return policy.maySeeSafeguarding(viewer) ? view : view.withoutSafeguarding();
  }
}
