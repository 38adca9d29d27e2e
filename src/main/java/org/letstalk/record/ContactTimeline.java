package org.letstalk.record;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactRepository;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.springframework.stereotype.Component;

/** Contacts at the front door in the chronology, with their outcomes and safeguarding concerns raised there. */
@Component
class ContactTimeline implements TimelineSource {

  private final ContactRepository contacts;
  private final Workers workers;

  ContactTimeline(ContactRepository contacts, Workers workers) {
    this.contacts = contacts;
    this.workers = workers;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    List<Contact> all = contacts.findByPersonIdOrderByArrivedAt(personId);
    // Every allocated worker's name in one query: a long history has a contact a week.
    Map<String, String> names = workers.namesOf(all.stream().map(Contact::getAllocatedUser).toList());
    for (Contact c : all) {
      String who = c.getContactName() != null
          ? c.getContactName() + (c.getContactRelationship() != null ? " (" + c.getContactRelationship() + ")" : "")
          : null;
      entries.add(new TimelineEntry(c.getArrivedAt(), EntryKind.CONTACT,
          "Contact by " + Words.of(c.getContactMethod()) + ", route: " + Words.of(c.getRouteOfAccess()),
          List.of("Presenting need: " + c.getPresentingNeed(), who == null ? "" : "Who got in touch: " + who),
          c.getRecordedBy(), Visibility.EVERYONE, null));
      if (c.isSafeguardingConcern()) {
        entries.add(new TimelineEntry(c.getArrivedAt(), EntryKind.SAFEGUARDING, "Safeguarding concern raised at the front door",
            List.of(c.getSafeguardingDetail()), c.getRecordedBy(), Visibility.SAFEGUARDING, null));
      }
      if (c.getOutcome() != null) {
        entries.add(new TimelineEntry(c.getOutcomeDecidedAt(), EntryKind.DECISION,
            "Contact outcome: " + Words.of(c.getOutcome()),
            List.of("Reason: " + c.getOutcomeReason(),
                c.getInformationGiven() == null ? "" : "Information and advice given: " + c.getInformationGiven(),
                allocation(c, names)),
            c.getOutcomeDecidedBy(), Visibility.EVERYONE, null));
      }
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.CONTACT, EntryKind.DECISION, EntryKind.SAFEGUARDING);
  }

  private static String allocation(Contact c, Map<String, String> names) {
    if (c.getAllocatedUser() != null) {
      return "Allocated to " + names.get(c.getAllocatedUser());
    }
    return c.getAllocatedGroup() == null ? "" : "Allocated to the team " + Groups.displayName(c.getAllocatedGroup());
  }
}
