package org.letstalk.record;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactOutcome;
import org.letstalk.contact.ContactRepository;
import org.springframework.stereotype.Component;

/** Contacts at the front door on the timeline, their outcomes, and who holds the case since. */
@Component
class ContactTimeline implements TimelineSource, SummarySource {

  private final ContactRepository contacts;

  ContactTimeline(ContactRepository contacts) {
    this.contacts = contacts;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (Contact c : contacts.findByPersonIdOrderByArrivedAt(personId)) {
      String who = c.getContactName() != null
          ? c.getContactName() + (c.getContactRelationship() != null ? " (" + c.getContactRelationship() + ")" : "")
          : null;
      entries.add(new TimelineEntry(c.getArrivedAt(), "Contact",
          "Contact by " + Words.of(c.getContactMethod()) + ", route: " + Words.of(c.getRouteOfAccess()),
          List.of("Presenting need: " + c.getPresentingNeed(), who == null ? "" : "Who got in touch: " + who),
          c.getRecordedBy(), Visibility.EVERYONE, null));
      if (c.isSafeguardingConcern()) {
        entries.add(new TimelineEntry(c.getArrivedAt(), "Safeguarding", "Safeguarding concern raised at the front door",
            List.of(c.getSafeguardingDetail()), c.getRecordedBy(), Visibility.SAFEGUARDING, null));
      }
      if (c.getOutcome() != null) {
        entries.add(new TimelineEntry(c.getOutcomeDecidedAt(), "Decision",
            "Contact outcome: " + Words.of(c.getOutcome()),
            List.of("Reason: " + c.getOutcomeReason(),
                c.getInformationGiven() == null ? "" : "Information and advice given: " + c.getInformationGiven(),
                allocation(c)),
            c.getOutcomeDecidedBy(), Visibility.EVERYONE, null));
      }
    }
    return entries;
  }

  /** The latest contact that opened or linked a case says who holds it, until conversations say more. */
  @Override
  public List<SummaryItem> itemsFor(UUID personId, Viewer viewer) {
    List<Contact> all = contacts.findByPersonIdOrderByArrivedAt(personId);
    for (int i = all.size() - 1; i >= 0; i--) {
      Contact c = all.get(i);
      if (c.getOutcome() == ContactOutcome.NEW_CASE || c.getOutcome() == ContactOutcome.EXISTING_CASE) {
        return List.of(new SummaryItem(RecordSection.OPEN_INVOLVEMENT, Words.of(c.getOutcome()) + " from the contact of "
            + Words.date(c.getArrivedAt()), allocation(c), Visibility.EVERYONE));
      }
    }
    return List.of();
  }

  private static String allocation(Contact c) {
    if (c.getAllocatedUser() != null) {
      return "Allocated to " + c.getAllocatedUser();
    }
    return c.getAllocatedGroup() == null ? "" : "Allocated to the team " + c.getAllocatedGroup();
  }
}
