package org.letstalk.authorisation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.letstalk.record.EntryKind;
import org.letstalk.record.TimelineEntry;
import org.letstalk.record.TimelineSource;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.letstalk.record.Words;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each request for a manager's authorisation in the chronology: what was asked, by whom, and the decision with why. */
@Component
@Transactional(readOnly = true)
public class AuthorisationRecord implements TimelineSource {

  private final AuthorisationRequestRepository requests;

  AuthorisationRecord(AuthorisationRequestRepository requests) {
    this.requests = requests;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (AuthorisationRequest r : requests.findByPersonIdOrderByRequestedAt(personId)) {
      String link = "/api/authorisation-requests/" + r.getId();
      entries.add(new TimelineEntry(r.getRequestedAt(), EntryKind.AUTHORISATION,
          "Authorisation asked for: " + what(r.getRequestType()), asked(r), r.getRequestedBy(), Visibility.EVERYONE,
          r.isDecided() ? null : "Waiting for a decision", link));
      if (r.isDecided()) {
        entries.add(new TimelineEntry(r.getDecidedAt(), EntryKind.AUTHORISATION,
            capitalised(what(r.getRequestType())) + ": " + Words.of(r.getStatus()),
            List.of(Words.line("Decided at the level of", level(r.getDecidedAtLevel())),
                Words.line("Why", r.getReason()), "Asked for: " + r.getSummary()),
            r.getDecidedBy(), Visibility.EVERYONE, null, link));
      }
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.AUTHORISATION);
  }

  static List<String> asked(AuthorisationRequest r) {
    return List.of(r.getSummary(),
        Words.line("Weekly cost", r.getWeeklyCost() == null ? null : "£" + r.getWeeklyCost()),
        Words.line("One-off amount", r.getOneOffAmount() == null ? null : "£" + r.getOneOffAmount()),
        r.isResidential() ? "Residential care" : "",
        Words.line("Level that decides", level(r.getLevel())),
        r.getEscalations() == 0 ? "" : "Gone up a level " + r.getEscalations() + " time(s) undecided");
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public static String what(RequestType type) {
    return switch (type) {
      case CLOSURE -> "closing the case";
      case LT2_SPEND -> "a crisis spend";
      case LT3_SUPPORT_PLAN -> "a long-term support plan";
      case LT1_FUNDING_CHANGE -> "a change to funded support";
      case LT1_REASSESSMENT -> "a reassessment of funded support";
      case REVIEW_PLAN_CHANGE -> "a plan change at review";
      case OMIT_CONVERSATION -> "going to Let's Talk 3 without an earlier conversation";
    };
  }

  public static String level(AuthorisationLevel level) {
    if (level == null) {
      return null;
    }
    return switch (level) {
      case TEAM_MANAGER -> "a team manager";
      case SERVICE_MANAGER -> "a service manager";
      case PANEL -> "the funding panel";
    };
  }
}
