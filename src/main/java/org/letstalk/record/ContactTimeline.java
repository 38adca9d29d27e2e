package org.letstalk.record;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactRepository;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.springframework.stereotype.Component;

/**
 * Contacts at the front door in the chronology, with their outcomes and safeguarding concerns raised there. A page of
 * the chronology reads only the contacts that may be on it (a long history has a contact a week).
 */
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
    return entries(contacts.findByPersonIdOrderByArrivedAt(personId));
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer, ChronologyQuery query) {
    ChronologyCursor after = query.after();
    if (after != null && after.at() == null) {
      return List.of();
    }
    // The contacts themselves (and the concerns raised at them) by when they arrived, their outcomes by when they
    // were decided: what the page reaches of each from the place on, and the place itself.
    int page = query.reach() + 1;
    boolean arrivals = query.asks(EntryKind.CONTACT)
        || (query.asks(EntryKind.SAFEGUARDING) && viewer.maySee(Visibility.SAFEGUARDING));
    boolean decisions = query.asks(EntryKind.DECISION);
    if (!arrivals && !decisions) {
      return List.of();
    }
    List<Contact> found = contacts.chronologyPage(personId, query.fromInstant(), query.untilInstant(),
        after == null ? query.untilInstant() : after.at(), after == null ? ChronologyCursor.LAST_ID : after.id(),
        query.asks(EntryKind.CONTACT), arrivals ? page : 0, decisions ? page : 0);
    return entries(found.stream().collect(Collectors.toMap(Contact::getId, c -> c, (a, b) -> a, LinkedHashMap::new))
        .values());
  }

  private List<TimelineEntry> entries(Collection<Contact> all) {
    List<TimelineEntry> entries = new ArrayList<>();
    // Every allocated worker's name in one query: a long history has a contact a week.
    Map<String, String> names = workers.namesOf(all.stream().map(Contact::getAllocatedUser).toList());
    for (Contact c : all) {
      String who = c.getContactName() != null
          ? c.getContactName() + (c.getContactRelationship() != null ? " (" + c.getContactRelationship() + ")" : "")
          : null;
      entries.add(new TimelineEntry(c.getArrivedAt(), EntryKind.CONTACT,
          "Contact by " + Words.of(c.getContactMethod()) + ", route: " + Words.of(c.getRouteOfAccess()),
          List.of("Presenting need: " + c.getPresentingNeed(), who == null ? "" : "Who got in touch: " + who),
          c.getRecordedBy(), Visibility.EVERYONE, null, null, c.getId()));
      if (c.isSafeguardingConcern()) {
        entries.add(new TimelineEntry(c.getArrivedAt(), EntryKind.SAFEGUARDING, "Safeguarding concern raised at the front door",
            List.of(c.getSafeguardingDetail()), c.getRecordedBy(), Visibility.SAFEGUARDING, null, null, c.getId()));
      }
      if (c.getOutcome() != null) {
        entries.add(new TimelineEntry(c.getOutcomeDecidedAt(), EntryKind.DECISION,
            "Contact outcome: " + Words.of(c.getOutcome()),
            List.of("Reason: " + c.getOutcomeReason(),
                c.getInformationGiven() == null ? "" : "Information and advice given: " + c.getInformationGiven(),
                allocation(c, names)),
            c.getOutcomeDecidedBy(), Visibility.EVERYONE, null, null, c.getId()));
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
